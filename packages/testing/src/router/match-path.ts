import type { Handler } from "./handler.js";
import type { Operation } from "./operations.js";

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

const matchSegments = (segments: readonly string[], actual: readonly string[]) => {
  if (segments.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, segment] of segments.entries()) {
    const value = actual[i]!;
    const name = /^\{(.+)\}$/.exec(segment)?.[1];
    if (name !== undefined) params[name] = decodeURIComponent(value);
    else if (segment !== value) return undefined;
  }
  return params;
};

/**
 * Finds the route for a method and URL path. Literal segments win over parameters, so
 * `/responses/compact` never reads as `/responses/{response_id}`.
 */
export const matchPath = (
  routes: readonly Route[],
  method: string,
  pathname: string,
): Match | undefined => {
  if (pathname !== API_PREFIX && !pathname.startsWith(`${API_PREFIX}/`)) return undefined;
  const actual = pathname.slice(API_PREFIX.length).split("/").filter(Boolean);
  let best: Match | undefined;
  let bestLiterals = -1;
  for (const route of routes) {
    if (route.operation.method !== method.toUpperCase()) continue;
    const params = matchSegments(route.segments, actual);
    if (!params) continue;
    const literals = route.segments.length - Object.keys(params).length;
    if (literals > bestLiterals) {
      best = { route, params };
      bestLiterals = literals;
    }
  }
  return best;
};
