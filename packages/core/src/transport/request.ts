import type { Client, RequestOptions, RequestSpec } from "../client/types.js";
import { APIError } from "../errors/api-error.js";
import { jsonProblem } from "../errors/json-problem.js";
import { redactText } from "../errors/redact.js";
import { exchange, unread } from "./exchange.js";
import { readText } from "./read-text.js";
import { slotOf } from "./slots.js";

/**
 * Sends one operation and resolves to its parsed JSON body (text for other content types,
 * undefined for an empty body). Objects are registered for `getMeta`.
 */
export const request = <T>(
  client: Client,
  spec: RequestSpec,
  options: RequestOptions = {},
): Promise<T> =>
  exchange(client, spec, options, async (response, what) => {
    const text = await readText(client.config, response, what);
    if (!text || !/json/i.test(response.headers.get("content-type") ?? "")) {
      return (text || undefined) as T;
    }
    try {
      return JSON.parse(text);
    } catch {
      const body = redactText(client.config, text);
      throw new APIError(
        response.status,
        body,
        response.headers,
        `The ${response.status} response to ${what()} is not valid JSON (${jsonProblem(body)}).`,
      );
    }
  });

/**
 * Sends one operation and resolves to the successful Response, body unread (audio, file content).
 * Its `maxConcurrency` slot is given back once the headers are in.
 */
export const requestBinary = async (
  client: Client,
  spec: RequestSpec,
  options: RequestOptions = {},
): Promise<Response> => {
  // Binary endpoints answer 406 to a JSON-only Accept header.
  const response = await exchange(client, { accept: "*/*", ...spec }, options, unread);
  slotOf.get(response)?.();
  return response;
};
