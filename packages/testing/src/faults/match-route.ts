import type { FaultRequest, FaultTarget } from "./types.js";

const segmentsOf = (path: string): string[] =>
  path
    .replace(/^\/v1(?=\/|$)/, "")
    .split("/")
    .filter(Boolean);

/** Compiles a fault's `route` into a predicate over requests. */
export const compileRoute = (route: FaultTarget["route"]): ((request: FaultRequest) => boolean) => {
  if (route === undefined) return () => true;
  if (typeof route === "function") return route;
  const text = route.trim();
  if (!text.includes("/")) return (request) => request.operationId === text;
  const space = text.indexOf(" ");
  const method = space > 0 ? text.slice(0, space).toUpperCase() : undefined;
  const pattern = segmentsOf(space > 0 ? text.slice(space + 1).trim() : text);
  return (request) => {
    if (method !== undefined && request.method.toUpperCase() !== method) return false;
    const actual = segmentsOf(request.path);
    if (actual.length !== pattern.length) return false;
    return pattern.every(
      (segment, i) => segment === "*" || /^\{.+\}$/.test(segment) || segment === actual[i],
    );
  };
};
