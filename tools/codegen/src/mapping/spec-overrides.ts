/**
 * Corrections to the spec, keyed by operationId, for places where the API behaves differently from
 * what the spec declares and the generated types would otherwise be wrong. Each entry says why.
 * The generator fails when an entry no longer matches the spec (an unknown operation, a field the
 * spec does not require), so a fixed spec leads to the entry's removal instead of a silent no-op.
 */
export interface SpecOverride {
  /** Why the spec is wrong here, for the next reader. */
  reason: string;
  /**
   * The success answer may also be plain text: the function's result type gains `string` (core
   * resolves a non-JSON body to its text).
   */
  textResponse?: true;
  /** Body fields the spec marks required that a request need not (or cannot) carry. */
  optionalBodyFields?: string[];
}

export const SPEC_OVERRIDES: Readonly<Record<string, SpecOverride>> = {
  createTranscription: {
    reason:
      'response_format "text", "srt" and "vtt" are answered as text/plain, which the spec omits.',
    textResponse: true,
  },
  createTranslation: {
    reason:
      'response_format "text", "srt" and "vtt" are answered as text/plain, which the spec omits.',
    textResponse: true,
  },
  "create-realtime-session": {
    reason:
      "The request schema doubles as the session shape and requires client_secret, which the " +
      "server creates and returns; a request never sends it.",
    optionalBodyFields: ["client_secret"],
  },
};
