import type { OperationHandlers } from "../../generated/operation-handlers.js";
import { listPage } from "../../lists/list-page.js";
import type { Call } from "../../router/handler.js";
import { notFound } from "../../wire/api-error.js";
import { jsonReply } from "../../wire/reply.js";
import { normalizeInput } from "../responses/input-items.js";
import type { StoredConversation } from "./store.js";

/** Finds a conversation by the `conversation_id` path parameter. */
export const findConversation = ({ state, params }: Call): StoredConversation => {
  const stored = state.stores.conversations.get(params.conversation_id!);
  if (!stored) {
    throw notFound(
      `Conversation with id '${params.conversation_id}' not found.`,
      "conversation_id",
    );
  }
  return stored;
};

const findItem = (call: Call) => {
  const conversation = findConversation(call);
  const index = conversation.items.findIndex((item) => item.id === call.params.item_id);
  if (index < 0) throw notFound(`Item with id '${call.params.item_id}' not found.`, "item_id");
  return { conversation, index };
};

export const conversationsHandlers = {
  createConversation: ({ state, body }) => {
    const stored: StoredConversation = {
      object: {
        id: state.ids.hex("conv_", 48),
        object: "conversation",
        created_at: state.clock.seconds(),
        metadata: body.metadata ?? {},
      },
      items: normalizeInput(body.items ?? [], state.ids),
    };
    state.stores.conversations.set(stored.object.id, stored);
    return jsonReply(stored.object);
  },

  retrieveConversation: (call) => jsonReply(findConversation(call).object),

  updateConversation: (call) => {
    const stored = findConversation(call);
    stored.object.metadata = call.body.metadata ?? {};
    return jsonReply(stored.object);
  },

  deleteConversation: (call) => {
    const { object } = findConversation(call);
    call.state.stores.conversations.delete(object.id);
    return jsonReply({ id: object.id, object: "conversation.deleted", deleted: true });
  },

  createConversationItems: (call) => {
    const stored = findConversation(call);
    const added = normalizeInput(call.body.items, call.state.ids);
    stored.items.push(...added);
    return jsonReply({
      object: "list",
      data: added,
      first_id: added[0]?.id ?? null,
      last_id: added.at(-1)?.id ?? null,
      has_more: false,
    });
  },

  listConversationItems: (call) =>
    jsonReply(
      listPage(findConversation(call).items, call.query, {
        limit: 20,
        maxLimit: 100,
        order: "desc",
      }),
    ),

  retrieveConversationItem: (call) => {
    const { conversation, index } = findItem(call);
    return jsonReply(conversation.items[index]!);
  },

  deleteConversationItem: (call) => {
    const { conversation, index } = findItem(call);
    conversation.items.splice(index, 1);
    return jsonReply(conversation.object);
  },
} satisfies Partial<OperationHandlers>;
