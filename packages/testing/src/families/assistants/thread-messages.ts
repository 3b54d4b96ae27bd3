import type { Item } from "../../records/collection.js";
import type { Call } from "../../router/handler.js";
import { messageContent } from "./message-content.js";
import { messages } from "./resources.js";

export interface NewMessage {
  role: string;
  content: unknown;
  attachments?: unknown;
  metadata?: unknown;
}

/** A call whose path names `threadId`, for storing objects in a thread made in this request. */
export const inThread = (
  call: Call,
  threadId: string,
  extra: Record<string, string> = {},
): Call => ({
  ...call,
  params: { ...call.params, thread_id: threadId, ...extra },
});

export const addMessage = (
  call: Call,
  message: NewMessage,
  from: { assistantId?: string; runId?: string } = {},
): Item =>
  messages.add(call, {
    object: "thread.message",
    thread_id: call.params.thread_id,
    role: message.role,
    content: messageContent(message.content),
    attachments: message.attachments ?? [],
    metadata: message.metadata ?? {},
    assistant_id: from.assistantId ?? null,
    run_id: from.runId ?? null,
    status: "completed",
    completed_at: call.state.clock.seconds(),
    incomplete_at: null,
    incomplete_details: null,
  });
