import type { EmulatorState } from "../emulator/state.js";
import { generate } from "../generate/generate.js";
import { wordDeltas } from "../generate/tokens.js";
import { ApiError } from "../wire/api-error.js";
import { realtimeResponseEvents } from "./response-events.js";
import { initialSession, initialTranscriptionSession, mergeSession } from "./session-config.js";

/** One Realtime conversation, independent of the WebSocket carrying it. */
export interface RealtimeSession {
  /** Handles one client message (the text of a WebSocket frame). */
  receive(message: string): void;
}

type Item = Record<string, any> & { id: string };

const itemText = (item: Item): string =>
  ((item.content as Record<string, any>[] | undefined) ?? [])
    .map((part) => part.text ?? part.transcript ?? (part.type === "input_audio" ? "[audio]" : ""))
    .join(" ");

/**
 * Starts a session and sends `session.created`. Client events get their server events through
 * `send`; anything unexpected gets an `error` event, and the connection stays open, as with the
 * real API.
 */
export const createRealtimeSession = (
  state: EmulatorState,
  model: string,
  send: (event: Record<string, unknown>) => void,
  configured?: Record<string, unknown>,
  kind: "realtime" | "transcription" = "realtime",
): RealtimeSession => {
  const emit = (event: Record<string, unknown>) =>
    send({ event_id: state.ids.alnum("event_", 21), ...event });
  // A client secret's session (made with POST /realtime/client_secrets) is where it starts.
  const id = state.ids.alnum("sess_", 21);
  const expiresAt = state.clock.seconds() + 3600;
  let session: Record<string, unknown> = mergeSession(
    kind === "transcription"
      ? initialTranscriptionSession(id, expiresAt)
      : initialSession(id, model, expiresAt),
    configured ?? {},
  );
  const items: Item[] = [];
  let bufferedBytes = 0;
  const lastId = () => items.at(-1)?.id ?? null;
  const fail = (code: string, message: string, eventId: unknown, param: string | null = null) =>
    emit({
      type: "error",
      error: { type: "invalid_request_error", code, message, param, event_id: eventId ?? null },
    });

  const addItem = (item: Item) => {
    const previous = lastId();
    items.push(item);
    // As the GA API does: `added` when the item joins the conversation, `done` once it is final
    // (at once here, as a created item has no content still streaming).
    emit({ type: "conversation.item.added", previous_item_id: previous, item });
    emit({ type: "conversation.item.done", previous_item_id: previous, item });
  };

  /**
   * Transcribes a committed turn, as the API does in a transcription session or when the session
   * configures `audio.input.transcription`: the next "transcriptions" script step, else nothing
   * (raw PCM carries no text), in word deltas, then in full.
   */
  const transcribe = (item: Item, bytes: number) => {
    const config = (session.audio as { input?: { transcription?: { model?: string } | null } })
      ?.input?.transcription;
    if (kind !== "transcription" && !config) return;
    const where = { item_id: item.id, content_index: 0 };
    let text: string;
    try {
      const generation = generate(
        state,
        {
          family: "transcriptions",
          model: config?.model ?? "gpt-4o-transcribe",
          body: { item_id: item.id },
          lastText: "",
        },
        "",
        "",
      );
      text = generation.text ?? "";
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const { type, code, message, param } = error;
      emit({
        type: "conversation.item.input_audio_transcription.failed",
        ...where,
        error: { type, code, message, param },
      });
      return;
    }
    for (const delta of wordDeltas(text)) {
      emit({ type: "conversation.item.input_audio_transcription.delta", ...where, delta });
    }
    (item.content as { transcript: string | null }[])[0]!.transcript = text;
    emit({
      type: "conversation.item.input_audio_transcription.completed",
      ...where,
      transcript: text,
      // PCM16 at 24 kHz: 48,000 bytes a second.
      usage: { type: "duration", seconds: bytes / 48_000 },
    });
  };

  const respond = (event: Record<string, any>) => {
    const overrides = (event.response ?? {}) as Record<string, any>;
    const modalities = (overrides.output_modalities ?? session.output_modalities) as string[];
    const lastUser = [...items]
      .reverse()
      .find((item) => item.role === "user" || item.type === "function_call_output");
    const lastText =
      lastUser?.type === "function_call_output"
        ? String(lastUser.output)
        : lastUser
          ? itemText(lastUser)
          : "";
    let generation: ReturnType<typeof generate>;
    try {
      generation = generate(
        state,
        { family: "realtime", model, body: event, lastText },
        items.map(itemText).join("\n"),
      );
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      emit({
        type: "error",
        error: {
          type: error.type,
          code: error.code,
          message: error.message,
          param: error.param,
          event_id: event.event_id ?? null,
        },
      });
      return;
    }
    const { events, items: produced } = realtimeResponseEvents({
      ids: state.ids,
      generation,
      audio: modalities.includes("audio"),
      previousItemId: lastId(),
    });
    items.push(...(produced as Item[]));
    for (const serverEvent of events) emit(serverEvent);
  };

  const handlers: Record<string, (event: Record<string, any>) => void> = {
    "session.update": (event) => {
      if (event.session === null || typeof event.session !== "object") {
        return fail(
          "missing_required_parameter",
          "session.update needs a session object.",
          event.event_id,
          "session",
        );
      }
      const { type: _type, id: _id, object: _object, ...update } = event.session;
      session = mergeSession(session, update);
      emit({ type: "session.updated", session });
    },
    "input_audio_buffer.append": (event) => {
      if (typeof event.audio !== "string") {
        return fail(
          "invalid_value",
          "audio must be base64-encoded audio.",
          event.event_id,
          "audio",
        );
      }
      bufferedBytes += Math.floor((event.audio.replace(/=+$/, "").length * 3) / 4);
    },
    "input_audio_buffer.commit": (event) => {
      if (bufferedBytes === 0) {
        return fail(
          "input_audio_buffer_commit_empty",
          "The input audio buffer is empty.",
          event.event_id,
        );
      }
      const item: Item = {
        id: state.ids.alnum("item_", 21),
        object: "realtime.item",
        type: "message",
        status: "completed",
        role: "user",
        content: [{ type: "input_audio", transcript: null }],
      };
      const bytes = bufferedBytes;
      bufferedBytes = 0;
      emit({ type: "input_audio_buffer.committed", previous_item_id: lastId(), item_id: item.id });
      addItem(item);
      transcribe(item, bytes);
    },
    "input_audio_buffer.clear": () => {
      bufferedBytes = 0;
      emit({ type: "input_audio_buffer.cleared" });
    },
    "conversation.item.create": (event) => {
      if (
        event.item === null ||
        typeof event.item !== "object" ||
        typeof event.item.type !== "string"
      ) {
        return fail(
          "missing_required_parameter",
          "conversation.item.create needs an item with a type.",
          event.event_id,
          "item",
        );
      }
      addItem({
        status: "completed",
        ...event.item,
        id: typeof event.item.id === "string" ? event.item.id : state.ids.alnum("item_", 21),
        object: "realtime.item",
      });
    },
    "conversation.item.retrieve": (event) => {
      const item = items.find((candidate) => candidate.id === event.item_id);
      if (!item)
        return fail(
          "item_not_found",
          `No item with id '${event.item_id}'.`,
          event.event_id,
          "item_id",
        );
      emit({ type: "conversation.item.retrieved", item });
    },
    "conversation.item.delete": (event) => {
      const index = items.findIndex((candidate) => candidate.id === event.item_id);
      if (index < 0)
        return fail(
          "item_not_found",
          `No item with id '${event.item_id}'.`,
          event.event_id,
          "item_id",
        );
      items.splice(index, 1);
      emit({ type: "conversation.item.deleted", item_id: event.item_id });
    },
    "response.create": respond,
    "response.cancel": (event) =>
      // Responses finish as soon as they start here, so there is never one to cancel.
      fail(
        "response_cancel_not_active",
        "There is no response in progress to cancel.",
        event.event_id,
      ),
  };

  emit({ type: "session.created", session });
  return {
    receive(message) {
      let event: Record<string, any>;
      try {
        event = JSON.parse(message);
      } catch {
        return fail("invalid_json", "The event is not valid JSON.", null);
      }
      const handler = typeof event?.type === "string" ? handlers[event.type] : undefined;
      if (!handler) {
        return fail(
          "invalid_value",
          `Unknown event type '${String(event?.type)}'.`,
          event?.event_id,
          "type",
        );
      }
      handler(event);
    },
  };
};
