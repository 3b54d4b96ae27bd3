import { deref } from "../schema/refs.js";
import { propertiesOf, requiredOf } from "./schema-utils.js";

/** Mirrors @oaikit/core's PageDescriptor (packages/core/src/pagination/descriptor.ts). */
export interface PageDescriptor {
  param: string;
  cursor: string;
  hasMore?: string;
  items?: string;
}

export interface Pagination {
  descriptor: PageDescriptor;
  /** Schema fragment of one item of the page. */
  item: unknown;
}

/**
 * Reads how a GET list pages from its query parameters and response body, so every cursor style
 * in the spec is described by data:
 * - `after` + `has_more` + `last_id` (required) → the body's `last_id`;
 * - `after` + `has_more` without a guaranteed `last_id` → the id of the last item (`$lastId`);
 * - `after` + `has_more` + `next` (the groups/roles lists) → the body's `next`;
 * - `page` + `next_page` (usage and costs) → the body's `next_page`;
 * - a `data` array and no cursor parameter at all (models) → one page, ended by the absent cursor.
 * Returns null for everything else (single objects, POST results, `next_page` without a query
 * parameter to send it back in).
 */
export function detectPagination(
  doc: any,
  method: string,
  queryNames: string[],
  responseSchema: unknown,
): Pagination | null {
  if (method !== "GET" || responseSchema === undefined) return null;
  const props = propertiesOf(doc, responseSchema);
  const data = deref(doc, props.data);
  if (data?.type !== "array" || data.items === undefined) return null;
  const item = data.items;
  const hasMore = "has_more" in props ? { hasMore: "has_more" } : {};
  const required = new Set(requiredOf(doc, responseSchema));

  if (queryNames.includes("after")) {
    if ("next" in props)
      return { descriptor: { param: "after", cursor: "next", ...hasMore }, item };
    if ("last_id" in props && required.has("last_id")) {
      return { descriptor: { param: "after", cursor: "last_id", ...hasMore }, item };
    }
    if ("id" in propertiesOf(doc, item)) {
      return { descriptor: { param: "after", cursor: "$lastId", ...hasMore }, item };
    }
    if ("last_id" in props) {
      return { descriptor: { param: "after", cursor: "last_id", ...hasMore }, item };
    }
    return null;
  }
  if (queryNames.includes("page") && "next_page" in props) {
    return { descriptor: { param: "page", cursor: "next_page", ...hasMore }, item };
  }
  const cursorParams = ["after", "before", "page", "cursor", "starting_after"];
  if (!queryNames.some((name) => cursorParams.includes(name)) && !("next_page" in props)) {
    return { descriptor: { param: "after", cursor: "last_id", ...hasMore }, item };
  }
  return null;
}
