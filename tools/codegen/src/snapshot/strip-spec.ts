/**
 * Turns the OpenAPI document into a structure-only snapshot: everything code generation reads
 * (paths, operations, parameters, bodies, responses, schemas, enums, required lists,
 * discriminators, deprecation, webhooks, streaming event groups) and none of the spec's prose or
 * examples, which stay out of this repository.
 */

const PROSE_KEYS = new Set([
  "description",
  "summary",
  "example",
  "examples",
  "title",
  "externalDocs",
  "termsOfService",
  "contact",
  "x-oaiMeta",
  "x-oaiExpandable",
  "x-oaiTypeLabel",
  "x-oaiSupportedSDKs",
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isPlainObject(value: unknown): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A schema the spec marks as filled in by some SDKs, never sent by the API. */
function sdkOnly(schema: Json): boolean {
  if (!isPlainObject(schema)) return false;
  if (schema["x-oaiSupportedSDKs"] !== undefined) return true;
  const members = [schema.anyOf, schema.oneOf].filter(Array.isArray).flat() as Json[];
  return members.some(sdkOnly);
}

/**
 * Drops prose keys and sorts object keys. Keys inside `properties`, `patternProperties`, `paths`,
 * `schemas`, `webhooks` and similar maps are names, not keywords, so they are kept even when one
 * is called "description" or "title".
 */
function strip(value: Json, keysAreNames: boolean): Json {
  if (Array.isArray(value)) return value.map((item) => strip(item, false));
  if (!isPlainObject(value)) return value;
  const out: Record<string, Json> = {};
  // A property only some SDKs compute (Response.output_text) is not on the wire, so the
  // generated types must not promise it.
  const dropped = new Set(
    !keysAreNames && isPlainObject(value.properties)
      ? Object.keys(value.properties).filter((name) =>
          sdkOnly((value.properties as Record<string, Json>)[name]!),
        )
      : [],
  );
  for (const key of Object.keys(value).sort()) {
    if (!keysAreNames && PROSE_KEYS.has(key)) continue;
    if (dropped.size > 0 && key === "properties") {
      const kept = Object.entries(value.properties as Record<string, Json>).filter(
        ([name]) => !dropped.has(name),
      );
      out[key] = strip(Object.fromEntries(kept), true);
      continue;
    }
    if (dropped.size > 0 && key === "required" && Array.isArray(value.required)) {
      out[key] = value.required.filter((name) => !dropped.has(name as string));
      continue;
    }
    const child = value[key] as Json;
    out[key] = strip(child, !keysAreNames && NAME_MAPS.has(key));
  }
  return out;
}

const NAME_MAPS = new Set([
  "properties",
  "patternProperties",
  "paths",
  "schemas",
  "webhooks",
  "responses",
  "parameters",
  "requestBodies",
  "securitySchemes",
  "content",
  "encoding",
  "headers",
  "mapping",
  "$defs",
  "definitions",
]);

interface EventGroup {
  id: string;
  navigationGroup?: string;
  events: string[];
}

/** The streaming and realtime event listings, reduced to which schemas belong to which group. */
function eventGroups(meta: unknown): EventGroup[] {
  if (!isPlainObject(meta) || !Array.isArray(meta.groups)) return [];
  const groups: EventGroup[] = [];
  for (const group of meta.groups) {
    if (!isPlainObject(group) || typeof group.id !== "string" || !Array.isArray(group.sections)) {
      continue;
    }
    const events = group.sections
      .filter(isPlainObject)
      .filter((s) => s.type === "object" && typeof s.key === "string")
      .map((s) => s.key as string);
    if (events.length === 0) continue;
    const entry: EventGroup = { id: group.id, events };
    if (typeof group.navigationGroup === "string") entry.navigationGroup = group.navigationGroup;
    groups.push(entry);
  }
  return groups;
}

export interface SnapshotSource {
  repository: string;
  commit: string;
  sha256: string;
}

export function stripSpec(spec: Record<string, unknown>, source: SnapshotSource): Json {
  const stripped = strip(spec as Json, false) as Record<string, Json>;
  const info = stripped.info;
  if (isPlainObject(info)) {
    stripped.info = { version: info.version ?? null, license: info.license ?? null };
  }
  delete stripped.tags;
  return {
    "x-oaikit-source": { ...source },
    "x-oaikit-event-groups": eventGroups(spec["x-oaiMeta"]) as unknown as Json,
    ...stripped,
  };
}
