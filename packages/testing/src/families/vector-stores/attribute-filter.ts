export type Attributes = Record<string, string | number | boolean>;

export interface ComparisonFilter {
  type: "eq" | "ne" | "gt" | "gte" | "lt" | "lte" | "in" | "nin";
  key: string;
  value: unknown;
}

export interface CompoundFilter {
  type: "and" | "or";
  filters: Filter[];
}

export type Filter = ComparisonFilter | CompoundFilter;

const isCompound = (filter: Filter): filter is CompoundFilter =>
  filter.type === "and" || filter.type === "or";

/** Whether a file's attributes pass a comparison or compound filter. */
export const matchesFilter = (filter: Filter, attributes: Attributes): boolean => {
  if (isCompound(filter)) {
    const test = (f: Filter) => matchesFilter(f, attributes);
    return filter.type === "and" ? filter.filters.every(test) : filter.filters.some(test);
  }
  const actual = attributes[filter.key];
  const expected = filter.value;
  switch (filter.type) {
    case "eq":
      return actual === expected;
    case "ne":
      return actual !== expected;
    case "in":
      return Array.isArray(expected) && expected.includes(actual);
    case "nin":
      return Array.isArray(expected) && !expected.includes(actual);
  }
  if (typeof actual !== typeof expected || actual === undefined) return false;
  const a = actual as number | string;
  const b = expected as number | string;
  if (filter.type === "gt") return a > b;
  if (filter.type === "gte") return a >= b;
  if (filter.type === "lt") return a < b;
  return a <= b;
};
