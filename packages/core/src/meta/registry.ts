import { parseMeta } from "./parse-meta.js";
import type { ResponseMeta } from "./types.js";

/** What parsing a ResponseMeta needs; stored as is so calls that never ask for meta never parse it. */
export interface MetaSource {
  response: Response;
  attempts: number;
  url: string;
}

// A WeakMap keeps results plain (no hidden fields in JSON.stringify) and lets metadata die with
// them. Parsing lives in getMeta so bundles that never read metadata leave the parser out.
const metas = new WeakMap<object, ResponseMeta | MetaSource>();

/** Attaches `meta` (or what to parse it from) to a result object; returns the object. */
export const setMeta = <T extends object>(result: T, meta: ResponseMeta | MetaSource): T => {
  metas.set(result, meta);
  return result;
};

/** The HTTP metadata (request id, rate limits, status...) of any object a call returned. */
export const getMeta = (result: object): ResponseMeta | undefined => {
  let meta = metas.get(result);
  if (meta && "response" in meta) {
    meta = parseMeta(meta.response, meta.attempts, meta.url);
    metas.set(result, meta);
  }
  return meta;
};
