import type { ListChatKitThreadsParams } from "@oaikit/chatkit";
import type { OperationHandlers } from "../../generated/operation-handlers.js";
import type { Item } from "../../records/collection.js";
import { defineResource } from "../../records/resource.js";
import type { Call } from "../../router/handler.js";
import { jsonReply } from "../../wire/reply.js";

const sessions = defineResource({
  label: "ChatKit session",
  idParam: "session_id",
  newId: ({ state }) => state.ids.hex("cksess_", 32),
});

const threads = defineResource({
  label: "ChatKit thread",
  idParam: "thread_id",
  newId: ({ state }) => state.ids.hex("cthr_", 32),
});

const threadItems = defineResource({
  label: "thread item",
  idParam: "item_id",
  parent: threads,
  newId: ({ state }) => state.ids.hex("cthi_", 32),
  list: { order: "asc" },
});

/** A session is active until its `expires_at` on the emulator clock, or until cancelled. */
const viewSession = (session: Item, { state }: Call) =>
  session.status === "active" && state.clock.seconds() >= session.expires_at
    ? { ...session, status: "expired" }
    : session;

export const chatkitHandlers = {
  /**
   * Threads are made by the ChatKit UI, which the emulator does not serve; a new session
   * starts one (empty) thread for its user, so the thread routes have something to show.
   */
  createChatKitSession: (call) => {
    const { body, state } = call;
    const config = body.chatkit_configuration ?? {};
    const perMinute = body.rate_limits?.max_requests_per_1_minute ?? 10;
    const session = sessions.add(call, {
      object: "chatkit.session",
      client_secret: state.ids.alnum("ek_", 40),
      expires_at: state.clock.seconds() + (body.expires_after?.seconds ?? 600),
      status: "active",
      user: body.user,
      workflow: {
        id: body.workflow.id,
        version: body.workflow.version ?? null,
        state_variables: body.workflow.state_variables ?? null,
        tracing: { enabled: body.workflow.tracing?.enabled ?? true },
      },
      rate_limits: { max_requests_per_1_minute: perMinute },
      max_requests_per_1_minute: perMinute,
      chatkit_configuration: {
        automatic_thread_titling: { enabled: config.automatic_thread_titling?.enabled ?? true },
        file_upload: {
          enabled: config.file_upload?.enabled ?? false,
          max_file_size: config.file_upload?.max_file_size ?? 512,
          max_files: config.file_upload?.max_files ?? 10,
        },
        history: {
          enabled: config.history?.enabled ?? true,
          recent_threads: config.history?.recent_threads ?? null,
        },
      },
    });
    threads.add(call, {
      object: "chatkit.thread",
      title: null,
      user: body.user,
      status: { type: "active" },
    });
    return jsonReply(session);
  },
  cancelChatKitSession: sessions.action((session, call) => {
    if (viewSession(session, call).status === "active") session.status = "cancelled";
    return viewSession(session, call);
  }),
  listChatKitThreads: threads.list({
    filter: (thread, { body }: Call<ListChatKitThreadsParams>) =>
      !body.user || thread.user === body.user,
  }),
  retrieveChatKitThread: threads.retrieve(),
  deleteChatKitThread: threads.remove(),
  listChatKitThreadItems: threadItems.list(),
} satisfies Partial<OperationHandlers>;
