import type { Response } from "../generated/types.js";

/**
 * The text of every `output_text` part of a response's assistant messages, joined in order.
 * The API's own `output_text` field is filled only by some SDKs, so this reads `output` itself;
 * refusals and tool calls are left out.
 */
export const outputText = (response: Pick<Response, "output">): string => {
  let text = "";
  for (const item of response.output) {
    if (item.type !== "message") continue;
    for (const part of item.content) if (part.type === "output_text") text += part.text;
  }
  return text;
};
