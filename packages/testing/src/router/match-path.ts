import { ApiError } from "../wire/api-error.js";
import type { Handler } from "./handler.js";
import type { Operation } from "./operation.js";

export interface Route {
  operation: Operation;
  handler: Handler;
  segments: string[];
}

export interface Match {
  route: Route;
  params: Record<string, string>;
}

/** The spec's paths have no `/v1`; requests must. */
const API_PREFIX = "/v1";

export const compileRoute = (operation: Operation, handler: Handler): Route => ({
  operation,
  handler,
  segments: operation.path.split("/").filter(Boolean),
});

/** A path parameter, decoded; a malformed %-escape is the caller's error, as on the API. */
const decodeSegment = (value: string): string => {
  try {
    return decodeURIComponent(value);
  } catch {
    throw new ApiError(400, `Invalid URL: the path segment '${value}' has a malformed %-escape.`);
  }
};

const matchSegments = (segments: readonly string[], actual: readonly string[]) => {
  if (segments.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, segment] of segments.entries()) {
    const value = actual[i]!;
    const name = /^\{(.+)\}$/.exec(segment)?.[1];
    if (name !== undefined) params[name] = decodeSegment(value);
    else if (segment !== value) return undefined;
  }
  return params;
};

/** How specific a route is for this query: -1 when its fixed query (`beta=true`) is absent. */
const queryScore = (operation: Operation, query: URLSearchParams): number => {
  const fixed = Object.entries(operation.fixedQuery ?? {});
  return fixed.every(([name, value]) => query.get(name) === value) ? fixed.length : -1;
};

/**
 * Finds the route for a method and URL. Literal segments win over parameters, so
 * `/responses/compact` never reads as `/responses/{response_id}`; on one path, an operation
 * whose fixed query the URL carries (`?beta=true`) wins over the plain one.
 */
export const matchPath = (
  routes: readonly Route[],
  method: string,
  url: URL,
): Match | undefined => {
  const { pathname } = url;
  if (pathname !== API_PREFIX && !pathname.startsWith(`${API_PREFIX}/`)) return undefined;
  const actual = pathname.slice(API_PREFIX.length).split("/").filter(Boolean);
  let best: Match | undefined;
  let bestScore: [number, number] = [-1, -1];
  for (const route of routes) {
    if (route.operation.method !== method.toUpperCase()) continue;
    const params = matchSegments(route.segments, actual);
    if (!params) continue;
    const score: [number, number] = [
      route.segments.length - Object.keys(params).length,
      queryScore(route.operation, url.searchParams),
    ];
    if (score[1] < 0) continue;
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
      best = { route, params };
      bestScore = score;
    }
  }
  return best;
};
