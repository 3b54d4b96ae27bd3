import type { EmulatorState } from "../../emulator/state.js";
import { countTokens } from "../../generate/tokens.js";
import { bytesToBase64 } from "../../media/base64.js";
import { colourOf, solidPng } from "../../media/png.js";

const SIZES = ["1024x1024", "1024x1536", "1536x1024"];

export interface ImageRequest {
  prompt: string;
  model?: string | null | undefined;
  n?: number | null | undefined;
  size?: string | null | undefined;
  response_format?: "url" | "b64_json" | null | undefined;
  background?: string | null | undefined;
  quality?: string | null | undefined;
}

/** DALL·E models answer with URLs by default; the GPT image models always with base64. */
const isDallE = (model: string | null | undefined) => (model ?? "dall-e-2").startsWith("dall-e");

export const imageUsage = (prompt: string, images: number) => {
  const text = countTokens(prompt);
  const output = images * 272;
  return {
    input_tokens: text,
    input_tokens_details: { text_tokens: text, image_tokens: 0 },
    output_tokens: output,
    total_tokens: text + output,
  };
};

/** The PNG for the i-th image of a request: a solid colour picked from the prompt. */
export const imagePng = (seed: string, index: number) => solidPng(colourOf(`${seed}#${index}`));

/**
 * An images answer: `n` small solid-colour PNGs, as base64 or as `data:` URLs (which any fetch
 * can read), with the GPT image models' usage and output fields.
 */
export const imagesResponse = (state: EmulatorState, request: ImageRequest, seed: string) => {
  const n = request.n ?? 1;
  const dallE = isDallE(request.model);
  const asUrl = dallE && request.response_format !== "b64_json";
  const data = Array.from({ length: n }, (_, i) => {
    const b64 = bytesToBase64(imagePng(seed, i));
    return asUrl ? { url: `data:image/png;base64,${b64}` } : { b64_json: b64 };
  });
  return {
    created: state.clock.seconds(),
    data: dallE ? data.map((image) => ({ ...image, revised_prompt: request.prompt })) : data,
    ...(dallE
      ? {}
      : {
          background: request.background === "transparent" ? "transparent" : "opaque",
          output_format: "png",
          quality: ["low", "medium", "high"].includes(request.quality ?? "")
            ? request.quality
            : "high",
          size: SIZES.includes(request.size ?? "") ? request.size : "1024x1024",
          usage: imageUsage(request.prompt, n),
        }),
  };
};
