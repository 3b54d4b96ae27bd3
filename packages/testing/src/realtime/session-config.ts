/** The session a Realtime connection starts with; `session.update` merges into it. */
export const initialSession = (id: string, model: string, expiresAt: number) => ({
  type: "realtime",
  object: "realtime.session",
  id,
  model,
  output_modalities: ["audio"],
  instructions: "",
  audio: {
    input: {
      format: { type: "audio/pcm", rate: 24000 },
      transcription: null,
      noise_reduction: null,
      turn_detection: null,
    },
    output: { format: { type: "audio/pcm", rate: 24000 }, voice: "alloy", speed: 1 },
  },
  tools: [],
  tool_choice: "auto",
  max_output_tokens: "inf",
  tracing: null,
  prompt: null,
  include: null,
  expires_at: expiresAt,
});

/**
 * The session a transcription connection (`intent=transcription`) starts with: input audio only,
 * no model of its own; `session.update` sets the transcription model.
 */
export const initialTranscriptionSession = (id: string, expiresAt: number) => ({
  type: "transcription",
  object: "realtime.transcription_session",
  id,
  audio: {
    input: {
      format: { type: "audio/pcm", rate: 24000 },
      transcription: null,
      noise_reduction: null,
      turn_detection: null,
    },
  },
  include: null,
  expires_at: expiresAt,
});

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** Merges an update into the session: nested objects merge, anything else replaces. */
export const mergeSession = (base: Record<string, unknown>, update: Record<string, unknown>) => {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(update)) {
    const current = merged[key];
    merged[key] =
      isPlainObject(current) && isPlainObject(value) ? mergeSession(current, value) : value;
  }
  return merged;
};
