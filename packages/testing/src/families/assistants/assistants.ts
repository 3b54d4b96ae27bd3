import type { CreateAssistantParams, ListThreadMessagesParams } from "@oaikit/assistants";
import type { OperationHandlers } from "../../generated/operation-handlers.js";
import type { Call } from "../../router/handler.js";
import { jsonReply } from "../../wire/reply.js";
import { assistants, messages, threads } from "./resources.js";
import { addMessage, inThread, type NewMessage } from "./thread-messages.js";

/** The Assistants API (beta): assistants, threads, messages, runs and run steps. */
export const assistantsHandlers = {
  createAssistant: assistants.create(({ body }: Call<CreateAssistantParams>) => ({
    object: "assistant",
    model: body.model,
    name: body.name ?? null,
    description: body.description ?? null,
    instructions: body.instructions ?? null,
    tools: body.tools ?? [],
    tool_resources: body.tool_resources ?? null,
    metadata: body.metadata ?? {},
    temperature: body.temperature ?? 1,
    top_p: body.top_p ?? 1,
    response_format: body.response_format ?? "auto",
  })),
  listAssistants: assistants.list(),
  retrieveAssistant: assistants.retrieve(),
  updateAssistant: assistants.update(),
  deleteAssistant: assistants.remove(),

  createThread: (call) => {
    const thread = threads.add(call, {
      object: "thread",
      metadata: call.body.metadata ?? {},
      tool_resources: call.body.tool_resources ?? null,
    });
    for (const message of call.body.messages ?? []) {
      addMessage(inThread(call, thread.id), message as NewMessage);
    }
    return jsonReply(thread);
  },
  retrieveThread: threads.retrieve(),
  updateThread: threads.update(),
  deleteThread: threads.remove(),

  createThreadMessage: (call) => {
    threads.find(call);
    return jsonReply(addMessage(call, call.body as NewMessage));
  },
  listThreadMessages: messages.list({
    filter: (message, { body }: Call<ListThreadMessagesParams>) =>
      !body.run_id || message.run_id === body.run_id,
  }),
  retrieveThreadMessage: messages.retrieve(),
  updateThreadMessage: messages.update(),
  deleteThreadMessage: messages.remove(),
} satisfies Partial<OperationHandlers>;
