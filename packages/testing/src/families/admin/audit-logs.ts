import type { ListAuditLogsParams } from "@oaikit/admin";
import type { OperationHandlers } from "../../generated/operation-handlers.js";
import { defineResource } from "../../records/resource.js";
import type { Call, Handler } from "../../router/handler.js";

const auditLogs = defineResource({
  label: "audit log",
  idParam: "audit_log_id",
  newId: ({ state }) => state.ids.alnum("audit_log-", 24),
  stamp: "effective_at",
});

/**
 * Wraps an admin handler so each success leaves an audit log entry of `type` about the object
 * it answered with (or the path's `idParam`), as the organization's audit log would show it.
 */
export const audited =
  (type: string, inner: Handler, idParam?: string): Handler =>
  async (call) => {
    const reply = await inner(call);
    if (reply.kind === "json" && reply.status < 300) {
      const id = idParam ? call.params[idParam] : (reply.body as { id?: string }).id;
      auditLogs.add(call, {
        type,
        [type]: { id },
        actor: { type: "api_key", api_key: { type: "user", id: "key_emulator" } },
      });
    }
    return reply;
  };

const within = (at: number, range: ListAuditLogsParams["effective_at"]) =>
  !range ||
  ((range.gt === undefined || at > range.gt) &&
    (range.gte === undefined || at >= range.gte) &&
    (range.lt === undefined || at < range.lt) &&
    (range.lte === undefined || at <= range.lte));

export const auditLogsHandlers = {
  listAuditLogs: auditLogs.list({
    filter: (item, { body }: Call<ListAuditLogsParams>) =>
      within(item.effective_at, body.effective_at) &&
      (!body.event_types?.length || body.event_types.includes(item.type)) &&
      (!body.resource_ids?.length || body.resource_ids.includes(item[item.type]?.id)),
  }),
} satisfies Partial<OperationHandlers>;
