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
// The map is shared on globalThis under a registered symbol, so getMeta of any copy of core an
// app loads reads what every other copy set; `MetaSource` is therefore a contract between
// versions: extend it, never change its fields. Made on first use, not at import.
const key = Symbol.for("oaikit.meta");
const registry = (): WeakMap<object, ResponseMeta | MetaSource> =>
  ((globalThis as any)[key] ??= new WeakMap());

/** Attaches `meta` (or what to parse it from) to a result object; returns the object. */
export const setMeta = <T extends object>(result: T, meta: ResponseMeta | MetaSource): T => {
  registry().set(result, meta);
  return result;
};

/** The HTTP metadata (request id, rate limits, status...) of any object a call returned. */
export const getMeta = (result: object): ResponseMeta | undefined => {
  const metas = registry();
  let meta = metas.get(result);
  if (meta && "response" in meta) {
    meta = parseMeta(meta.response, meta.attempts, meta.url);
    metas.set(result, meta);
  }
  return meta;
};
