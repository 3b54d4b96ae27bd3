import type { EmulatorState } from "../emulator/state.js";
import { wordDeltas } from "../generate/tokens.js";
import { mergeSession } from "./session-config.js";

export interface TranslationSession {
  receive(message: string): void;
}

/** Output PCM16 at 24 kHz, mono: silence as long as the audio it stands for. */
const silence = (bytes: number) => btoa("\0".repeat(bytes - (bytes % 2)));

/**
 * A translation session (`/v1/realtime/translations?model=...`): every appended chunk comes back
 * as output audio of the same length (silence), with the next `emulator.script({ for:
 * "translations", text })` step, if any, as the translated transcript; `session.close` is
 * answered with `session.closed`, then the socket closes.
 */
export const createTranslationSession = (
  state: EmulatorState,
  model: string,
  send: (event: Record<string, unknown>) => void,
  close: () => void,
): TranslationSession => {
  const emit = (event: Record<string, unknown>) =>
    send({ event_id: state.ids.alnum("event_", 21), ...event });
  let session: Record<string, unknown> = {
    type: "translation",
    id: state.ids.alnum("sess_", 21),
    model,
    audio: { input: { noise_reduction: null, transcription: null }, output: { language: "en" } },
    expires_at: state.clock.seconds() + 3600,
  };
  let elapsedMs = 0;
  const fail = (code: string, message: string, eventId: unknown, param: string | null = null) =>
    emit({
      type: "error",
      error: { type: "invalid_request_error", code, message, param, event_id: eventId ?? null },
    });

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
      const { type: _type, id: _id, model: _model, ...update } = event.session;
      session = mergeSession(session, update);
      emit({ type: "session.updated", session });
    },
    "session.input_audio_buffer.append": (event) => {
      if (typeof event.audio !== "string") {
        return fail(
          "invalid_value",
          "audio must be base64-encoded audio.",
          event.event_id,
          "audio",
        );
      }
      const bytes = Math.floor((event.audio.replace(/=+$/, "").length * 3) / 4);
      const at = elapsedMs;
      elapsedMs += bytes / 48; // PCM16 at 24 kHz: 48 bytes a millisecond
      const scripted = state.script.takeScoped("translations");
      for (const delta of wordDeltas(scripted?.text ?? "")) {
        emit({ type: "session.output_transcript.delta", delta, elapsed_ms: at });
      }
      emit({
        type: "session.output_audio.delta",
        delta: silence(bytes),
        format: "pcm16",
        sample_rate: 24000,
        channels: 1,
        elapsed_ms: at,
      });
    },
    "session.close": () => {
      emit({ type: "session.closed" });
      close();
    },
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
