import type { OperationEntry } from "../spec/load-spec.js";
import { deref, sampleValue } from "./sample-value.js";

/** A minimal SDP offer: one Opus audio section, enough for a schema that asks for a string. */
export const SAMPLE_SDP = [
  "v=0",
  "o=- 0 0 IN IP4 127.0.0.1",
  "s=-",
  "t=0 0",
  "m=audio 9 UDP/TLS/RTP/SAVPF 111",
  "c=IN IP4 0.0.0.0",
  "a=rtpmap:111 opus/48000/2",
  "",
].join("\r\n");

/** Optional body fields added beside the required ones, to exercise more than the minimum. */
const OPTIONAL_BODY_FIELDS = 3;

const CONTENT_TYPES = { json: "application/json", multipart: "multipart/form-data" } as const;

/** The spec's operation object for an operations.json row. */
export const specOperation = (doc: any, entry: OperationEntry): any => {
  const operation = doc.paths?.[entry.path]?.[entry.method.toLowerCase()];
  if (!operation)
    throw new Error(`${entry.operationId}: ${entry.method} ${entry.path} not in spec`);
  return operation;
};

const parametersOf = (doc: any, entry: OperationEntry): any[] => {
  const item = doc.paths[entry.path];
  return [...(item.parameters ?? []), ...(specOperation(doc, entry).parameters ?? [])].map((p) =>
    deref(doc, p),
  );
};

/** A scalar or an enum: cheap to add and unlikely to depend on other fields. */
const isSimple = (doc: any, schema: unknown): boolean => {
  const s = deref(doc, schema);
  if (s.deprecated === true) return false;
  if (Array.isArray(s.enum)) return true;
  return ["string", "integer", "number", "boolean"].includes(s.type);
};

/** The params field of a header: `openai-beta` → `openaiBeta`, unless the spec names it. */
const camelCase = (name: string): string =>
  name.replace(/-([a-z])/g, (_: string, c: string) => c.toUpperCase());

const isSimpleOrList = (doc: any, schema: unknown): boolean =>
  isSimple(doc, schema) || deref(doc, schema).type === "array";

/**
 * Params for the generated function of one operation, built from the spec alone: every path
 * parameter, the required and the simple optional query parameters, the body's required fields
 * plus a few simple optional ones, header parameters, files as small Blobs. The flag that would
 * turn the answer into a stream is left out.
 */
export const sampleParams = (doc: any, entry: OperationEntry): Record<string, unknown> => {
  const streamFlag = entry.streaming?.flag.name;
  const params: Record<string, unknown> = {};
  for (const p of parametersOf(doc, entry)) {
    if (p.in === "header") {
      // Sent even though optional: Prism crashes on an absent array-valued header parameter.
      params[p.schema?.["x-stainless-param"] ?? camelCase(p.name)] = sampleValue(p.schema ?? {}, {
        doc,
        multipart: false,
      });
      continue;
    }
    if (p.in !== "path" && p.in !== "query") continue;
    const field = String(p.name).replace(/\[\]$/, "");
    if (field === streamFlag) continue;
    const required = p.in === "path" || p.required === true;
    if (!required && (p.deprecated === true || !isSimpleOrList(doc, p.schema))) continue;
    params[field] = sampleValue(p.schema ?? {}, { doc, multipart: false });
  }
  if (entry.bodyType === "sdp") return { ...params, sdp: SAMPLE_SDP };
  if (entry.bodyType === null) return params;
  const schema = specOperation(doc, entry).requestBody?.content?.[CONTENT_TYPES[entry.bodyType]]
    ?.schema;
  if (schema === undefined) {
    throw new Error(`${entry.operationId}: no ${entry.bodyType} request body in the spec`);
  }
  const ctx = { doc, multipart: entry.bodyType === "multipart" };
  const body = sampleValue(schema, ctx);
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new Error(`${entry.operationId}: the request body is not an object`);
  }
  const properties = deref(doc, schema).properties ?? {};
  const extras = Object.entries(properties)
    .filter(([name, s]) => !(name in body) && name !== streamFlag && isSimple(doc, s))
    .slice(0, OPTIONAL_BODY_FIELDS);
  const optional = Object.fromEntries(extras.map(([name, s]) => [name, sampleValue(s, ctx)]));
  return { ...params, ...optional, ...body };
};
