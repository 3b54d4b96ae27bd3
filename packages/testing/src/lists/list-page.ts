import { invalidRequest } from "../wire/api-error.js";

export interface ListDefaults {
  limit: number;
  maxLimit: number;
  order: "asc" | "desc";
}

export interface ListPage<T> {
  object: "list";
  data: T[];
  first_id: string | null;
  last_id: string | null;
  has_more: boolean;
}

const readLimit = (query: URLSearchParams, defaults: ListDefaults): number => {
  const raw = query.get("limit");
  if (raw === null) return defaults.limit;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > defaults.maxLimit) {
    throw invalidRequest(
      `Invalid 'limit': expected an integer between 1 and ${defaults.maxLimit}, got '${raw}'.`,
      "limit",
      "invalid_value",
    );
  }
  return limit;
};

/** Some lists spell the order out (`ascending`, `descending`). */
const SPELLED: Record<string, string> = { ascending: "asc", descending: "desc" };

const readOrder = (query: URLSearchParams, defaults: ListDefaults): "asc" | "desc" => {
  const raw = query.get("order") ?? defaults.order;
  const order = SPELLED[raw] ?? raw;
  if (order !== "asc" && order !== "desc") {
    throw invalidRequest(
      `Invalid 'order': expected 'asc' or 'desc', got '${order}'.`,
      "order",
      "invalid_value",
    );
  }
  return order;
};

/**
 * One page of a cursor list (`after`/`before` ids, `limit`, `order`). `items` are in creation
 * order; a cursor id that no longer exists gives an empty page rather than an error.
 */
export const listPage = <T extends { id: string }>(
  items: readonly T[],
  query: URLSearchParams,
  defaults: ListDefaults,
): ListPage<T> => {
  const limit = readLimit(query, defaults);
  const ordered = readOrder(query, defaults) === "asc" ? [...items] : [...items].reverse();
  let start = 0;
  let end = ordered.length;
  const after = query.get("after");
  if (after !== null) {
    const index = ordered.findIndex((item) => item.id === after);
    start = index < 0 ? ordered.length : index + 1;
  }
  const before = query.get("before");
  if (before !== null) {
    const index = ordered.findIndex((item) => item.id === before);
    end = index < 0 ? start : index;
    start = Math.max(start, end - limit);
  }
  const data = ordered.slice(start, Math.min(end, start + limit));
  return {
    object: "list",
    data,
    first_id: data[0]?.id ?? null,
    last_id: data.at(-1)?.id ?? null,
    has_more: start + data.length < end,
  };
};
