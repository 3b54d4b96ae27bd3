import type { Client, RequestOptions, RequestSpec } from "../client/types.js";
import { getMeta } from "../meta/registry.js";
import type { ResponseMeta } from "../meta/types.js";
import { exchange, unread } from "./exchange.js";
import { slotOf } from "./slots.js";

export interface Sent {
  /** The successful response, body unread. */
  response: Response;
  meta: ResponseMeta;
  /** Gives back the client's `maxConcurrency` slot: call it once the body is done with. */
  release(): void;
}

/**
 * Sends one operation with retries; resolves to the first 2xx response with its body unread (for
 * streams and binary content) or rejects with an OpenAIError. The per-attempt timeout ends when
 * the headers arrive; reading the body is the caller's to time.
 */
export const send = async (
  client: Client,
  spec: RequestSpec,
  options: RequestOptions = {},
): Promise<Sent> => {
  const response = await exchange(client, spec, options, unread);
  // exchange registered it, so its meta is there.
  return { response, meta: getMeta(response)!, release: slotOf.get(response)! };
};
