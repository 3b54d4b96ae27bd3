import type { CreateSpendAlertParams, UpdateDataRetentionParams } from "@oaikit/admin";
import type { OperationHandlers } from "../../generated/operation-handlers.js";
import type { Item } from "../../records/collection.js";
import type { Resource } from "../../records/resource.js";
import { defineSingleton } from "../../records/singleton.js";
import type { Call } from "../../router/handler.js";
import { jsonReply } from "../../wire/reply.js";
import { projectSpendAlerts, projects, spendAlerts } from "./resources.js";

const retention = (parent?: Resource) =>
  defineSingleton({
    label: "data retention",
    parent,
    initial: () => ({ type: parent ? "organization_default" : "zero_data_retention" }),
  });

const spendLimit = (parent?: Resource) => defineSingleton({ label: "spend limit", parent });

const TOOLS = ["code_interpreter", "file_search", "image_generation", "mcp", "web_search"] as const;

const modelPermissions = defineSingleton({
  label: "model permissions",
  parent: projects,
  initial: () => ({ mode: "deny_list", model_ids: [] }),
});

const toolPermissions = defineSingleton({
  label: "hosted tool permissions",
  parent: projects,
  initial: () => Object.fromEntries(TOOLS.map((tool) => [tool, { enabled: true }])),
});

const setRetention = (item: Item, { body }: Call<UpdateDataRetentionParams>) => {
  item.type = body.retention_type;
};

const setLimit = (item: Item, { body }: Call) => {
  Object.assign(item, {
    currency: body.currency,
    interval: body.interval,
    threshold_amount: body.threshold_amount,
    enforcement: { status: "active" },
  });
};

const orgRetention = retention();
const projectRetention = retention(projects);
const orgLimit = spendLimit();
const projectLimit = spendLimit(projects);

const alertFields = ({ body }: Call<CreateSpendAlertParams>) => ({
  currency: body.currency,
  interval: body.interval,
  threshold_amount: body.threshold_amount,
  notification_channel: body.notification_channel,
});

export const settingsHandlers = {
  retrieveDataRetention: orgRetention.retrieve(),
  updateDataRetention: orgRetention.update(setRetention),
  retrieveProjectDataRetention: projectRetention.retrieve(),
  updateProjectDataRetention: projectRetention.update(setRetention),

  retrieveSpendLimit: orgLimit.retrieve(),
  updateSpendLimit: orgLimit.update(setLimit),
  deleteSpendLimit: orgLimit.remove(),
  retrieveProjectSpendLimit: projectLimit.retrieve(),
  updateProjectSpendLimit: projectLimit.update(setLimit),
  deleteProjectSpendLimit: projectLimit.remove(),

  retrieveProjectModelPermissions: modelPermissions.retrieve(),
  updateProjectModelPermissions: modelPermissions.update(),
  deleteProjectModelPermissions: modelPermissions.remove(),
  retrieveProjectHostedToolPermissions: toolPermissions.retrieve(),
  updateProjectHostedToolPermissions: (call) => {
    const current = toolPermissions.get(call)!;
    for (const tool of TOOLS) {
      const update = call.body[tool];
      if (update) current[tool] = { enabled: update.enabled };
    }
    const { id: _, ...permissions } = current;
    return jsonReply(permissions);
  },

  createSpendAlert: spendAlerts.create(alertFields),
  listSpendAlerts: spendAlerts.list(),
  retrieveSpendAlert: spendAlerts.retrieve(),
  updateSpendAlert: spendAlerts.update(),
  deleteSpendAlert: spendAlerts.remove(),
  createProjectSpendAlert: projectSpendAlerts.create(alertFields),
  listProjectSpendAlerts: projectSpendAlerts.list(),
  retrieveProjectSpendAlert: projectSpendAlerts.retrieve(),
  updateProjectSpendAlert: projectSpendAlerts.update(),
  deleteProjectSpendAlert: projectSpendAlerts.remove(),
} satisfies Partial<OperationHandlers>;
