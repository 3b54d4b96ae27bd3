import { type Generation, generate } from "../../generate/generate.js";
import type { OperationHandlers } from "../../generated/operation-handlers.js";
import { listPage } from "../../lists/list-page.js";
import type { Call } from "../../router/handler.js";
import { ApiError, invalidRequest, notFound } from "../../wire/api-error.js";
import { jsonReply, type Reply, typedEvents } from "../../wire/reply.js";
import { buildResponse, outputItems, unfinished } from "./build-response.js";
import { allText, type Item, lastText, normalizeInput } from "./input-items.js";
import { cutAtOutputLimit } from "./output-limit.js";
import { responseEvents } from "./response-events.js";
import { type StoredResponse, viewResponse } from "./store.js";

const find = ({ state, params }: Call, id = params.response_id!): StoredResponse => {
  const stored = state.stores.responses.get(id);
  if (!stored) throw notFound(`Response with id '${id}' not found.`, "response_id");
  return stored;
};

const replay = (stored: StoredResponse, now: number, startingAfter: number): Reply => ({
  kind: "sse",
  messages: typedEvents(
    responseEvents(viewResponse(stored, now)).filter(
      (event) => (event.sequence_number as number) > startingAfter,
    ),
  ),
});

/** As the API does: a response that called functions is continued only with all their outputs. */
const answeredCalls = (previous: StoredResponse, input: readonly Item[]): void => {
  for (const item of previous.final.output) {
    if (item.type !== "function_call") continue;
    const answered = input.some(
      (entry) => entry.type === "function_call_output" && entry.call_id === item.call_id,
    );
    if (!answered)
      throw invalidRequest(`No tool output found for function call ${item.call_id}.`, "input");
  }
};

export const responsesHandlers = {
  createResponse: (call) => {
    const { state, body } = call;
    const background = body.background === true;
    if (background && body.store === false) {
      throw invalidRequest("Background responses must be stored; drop store: false.", "store");
    }
    const previous = body.previous_response_id;
    if (previous && !state.stores.responses.has(previous)) {
      throw invalidRequest(
        `Previous response with id '${previous}' not found.`,
        "previous_response_id",
      );
    }
    const conversationId =
      typeof body.conversation === "string" ? body.conversation : body.conversation?.id;
    const conversation =
      conversationId === undefined ? undefined : state.stores.conversations.get(conversationId);
    if (conversationId !== undefined && previous) {
      throw invalidRequest("Give previous_response_id or conversation, not both.", "conversation");
    }
    if (conversationId !== undefined && !conversation) {
      throw notFound(`Conversation with id '${conversationId}' not found.`, "conversation");
    }
    const inputItems = normalizeInput(body.input, state.ids);
    if (previous) answeredCalls(state.stores.responses.get(previous)!, inputItems);
    const id = state.ids.hex("resp_", 48);
    let generation: Generation | undefined;
    let failure: ApiError | undefined;
    try {
      generation = generate(
        state,
        {
          family: "responses",
          model: body.model ?? "",
          body,
          lastText: lastText([...(conversation?.items ?? []), ...inputItems]),
        },
        allText(inputItems, body.instructions),
      );
    } catch (error) {
      // The API accepts a background request and fails it later: a scripted error does the same.
      if (!background || call.streaming || !(error instanceof ApiError)) throw error;
      failure = error;
    }
    const cut = generation && cutAtOutputLimit(generation, body.max_output_tokens);
    if (cut) generation = cut;
    const final = buildResponse({
      id,
      createdAt: state.clock.seconds(),
      body,
      output: generation ? outputItems(generation, state.ids) : [],
      usage: generation?.usage ?? { input: 0, output: 0 },
    });
    if (cut) {
      for (const item of final.output) item.status = "incomplete";
      Object.assign(final, {
        status: "incomplete",
        incomplete_details: { reason: "max_output_tokens" },
      });
    }
    if (failure) {
      Object.assign(final, {
        status: "failed",
        completed_at: null,
        error: { code: failure.code ?? "server_error", message: failure.message },
      });
    }
    const stored: StoredResponse = {
      final,
      inputItems,
      doneAt: state.clock.now() + (background ? state.options.durations.response : 0),
      cancelled: false,
    };
    if (conversation) {
      final.conversation = { id: conversation.object.id };
      conversation.items.push(...inputItems, ...final.output);
    }
    if (body.store !== false) state.stores.responses.set(id, stored);
    if (background) {
      state.webhooks.watch("response", id, () => viewResponse(stored, state.clock.now()).status);
    }
    if (call.streaming) {
      // A streamed background response has run to its end once the stream is out.
      stored.doneAt = state.clock.now();
      return replay(stored, state.clock.now(), -1);
    }
    return jsonReply(background ? unfinished(final, "queued") : final);
  },

  retrieveResponse: (call) => {
    const stored = find(call);
    if (call.query.get("stream") !== "true")
      return jsonReply(viewResponse(stored, call.state.clock.now()));
    if (stored.final.background !== true) {
      throw invalidRequest("Only background responses can be streamed again.", "stream");
    }
    const raw = call.query.get("starting_after");
    const startingAfter = raw === null ? -1 : Number(raw);
    if (!Number.isInteger(startingAfter) || startingAfter < -1) {
      throw invalidRequest(
        `Invalid 'starting_after': expected a sequence number, got '${raw}'.`,
        "starting_after",
        "invalid_value",
      );
    }
    stored.doneAt = Math.min(stored.doneAt, call.state.clock.now());
    return replay(stored, call.state.clock.now(), startingAfter);
  },

  deleteResponse: (call) => {
    const stored = find(call);
    call.state.stores.responses.delete(stored.final.id);
    return jsonReply({ id: stored.final.id, object: "response", deleted: true });
  },

  cancelResponse: (call) => {
    const stored = find(call);
    if (stored.final.background !== true) {
      throw invalidRequest("Only background responses can be cancelled.", null);
    }
    if (call.state.clock.now() < stored.doneAt) stored.cancelled = true;
    return jsonReply(viewResponse(stored, call.state.clock.now()));
  },

  listResponseInputItems: (call) =>
    jsonReply(
      listPage(find(call).inputItems, call.query, { limit: 20, maxLimit: 100, order: "desc" }),
    ),
} satisfies Partial<OperationHandlers>;
