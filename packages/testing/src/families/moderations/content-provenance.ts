import type { OperationHandlers } from "../../generated/operation-handlers.js";
import { EMULATOR_MARK } from "../../media/png.js";
import { jsonReply } from "../../wire/reply.js";

const contains = (bytes: Uint8Array, text: string) =>
  new TextDecoder("latin1").decode(bytes).includes(text);

/**
 * Content provenance: images the emulator generated carry its mark and are reported as
 * detected (with valid C2PA-style credentials); anything else as not detected.
 */
export const contentProvenanceHandlers = {
  createContentProvenanceCheck: async ({ body, state }) => {
    const bytes = new Uint8Array(await (body.file as Blob).arrayBuffer());
    const ours = contains(bytes, EMULATOR_MARK);
    const generatedAt = ours ? new Date(state.clock.now()).toISOString() : null;
    return jsonReply({
      object: "content_provenance_check",
      created_at: state.clock.seconds(),
      results: [
        {
          type: "c2pa",
          outcome: ours ? "detected" : "not_detected",
          validation_state: ours ? "valid" : "not_present",
          issuer: ours ? "OpenAI" : null,
          model: ours ? "gpt-image-1" : null,
          generated_at: generatedAt,
        },
        {
          type: "synthid",
          outcome: "not_detected",
          model: null,
          generated_at: null,
        },
      ],
    });
  },
} satisfies Partial<OperationHandlers>;
