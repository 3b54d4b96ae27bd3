import { generate } from "../../generate/generate.js";
import type { OperationHandlers } from "../../generated/operation-handlers.js";
import { listPage } from "../../lists/list-page.js";
import type { Call } from "../../router/handler.js";
import { invalidRequest, notFound } from "../../wire/api-error.js";
import { doneTerminated, jsonReply } from "../../wire/reply.js";
import { buildCompletion } from "./build-completion.js";
import { completionChunks } from "./completion-chunks.js";
import { allChatText, lastChatText } from "./messages-text.js";
import type { StoredChatCompletion } from "./store.js";
import { checkToolReplies } from "./tool-replies.js";

const find = ({ state, params }: Call): StoredChatCompletion => {
  const id = params.completion_id!;
  const stored = state.stores.chatCompletions.get(id);
  if (!stored) throw notFound(`Chat completion with id '${id}' not found.`, "completion_id");
  return stored;
};

export const chatCompletionsHandlers = {
  createChatCompletion: ({ state, body, streaming }) => {
    if (body.stream_options && !streaming) {
      throw invalidRequest("stream_options is only allowed when stream is true.", "stream_options");
    }
    const messages = body.messages as unknown as Record<string, unknown>[];
    checkToolReplies(messages);
    const generation = generate(
      state,
      { family: "chat", model: body.model, body, lastText: lastChatText(messages) },
      allChatText(messages),
    );
    const id = state.ids.alnum("chatcmpl-", 29);
    const created = state.clock.seconds();
    const completion = buildCompletion({
      id,
      created,
      model: body.model,
      n: body.n ?? 1,
      generation,
      serviceTier: body.service_tier,
      metadata: body.metadata,
    });
    if (body.store) {
      state.stores.chatCompletions.set(id, {
        id,
        completion,
        messages: messages.map((message, i) => ({ id: `${id}-${i}`, ...message })),
        metadata: body.metadata ?? {},
      });
    }
    if (!streaming) return jsonReply(completion);
    const includeUsage = body.stream_options?.include_usage === true;
    return {
      kind: "sse",
      messages: doneTerminated(
        completionChunks({ id, created, model: body.model, generation, includeUsage }),
      ),
    };
  },

  listChatCompletions: ({ state, query }) => {
    const model = query.get("model");
    const all = [...state.stores.chatCompletions.values()]
      .filter((stored) => model === null || stored.completion.model === model)
      .map((stored) => ({ ...stored.completion, metadata: stored.metadata, id: stored.id }));
    return jsonReply(listPage(all, query, { limit: 20, maxLimit: 100, order: "asc" }));
  },

  retrieveChatCompletion: (call) => {
    const stored = find(call);
    return jsonReply({ ...stored.completion, metadata: stored.metadata });
  },

  updateChatCompletion: (call) => {
    const stored = find(call);
    stored.metadata = call.body.metadata ?? {};
    return jsonReply({ ...stored.completion, metadata: stored.metadata });
  },

  deleteChatCompletion: (call) => {
    const stored = find(call);
    call.state.stores.chatCompletions.delete(stored.id);
    return jsonReply({ id: stored.id, object: "chat.completion.deleted", deleted: true });
  },

  listChatCompletionMessages: (call) =>
    jsonReply(
      listPage(find(call).messages as { id: string }[], call.query, {
        limit: 20,
        maxLimit: 100,
        order: "asc",
      }),
    ),
} satisfies Partial<OperationHandlers>;
