import type { Client, RequestOptions, RequestSpec } from "../client/types.js";
import { APIError } from "../errors/api-error.js";
import { setMeta } from "../meta/registry.js";
import { exchange } from "./exchange.js";

/**
 * Sends one operation and resolves to its parsed JSON body (text for other content types,
 * undefined for an empty body). Objects are registered for `getMeta`.
 */
export const request = async <T>(
  client: Client,
  spec: RequestSpec,
  options: RequestOptions = {},
): Promise<T> => {
  const { value: text, ...source } = await exchange(client, spec, options, (r) => r.text());
  const { response } = source;
  let result: unknown = text || undefined;
  if (text && /json/i.test(response.headers.get("content-type") ?? "")) {
    try {
      result = JSON.parse(text);
    } catch (e) {
      throw new APIError(
        response.status,
        text,
        response.headers,
        `The ${response.status} response to ${spec.method} ${source.url} is not valid JSON (${(e as Error).message}).`,
      );
    }
  }
  if (result && typeof result === "object") setMeta(result, source);
  return result as T;
};

/** Sends one operation and resolves to the successful Response, body unread (audio, file content). */
export const requestBinary = async (
  client: Client,
  spec: RequestSpec,
  options: RequestOptions = {},
): Promise<Response> => {
  const { value, ...source } = await exchange(client, spec, options, async (r) => r);
  return setMeta(value, source);
};
