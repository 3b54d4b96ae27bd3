/**
 * Which web pages may call the HTTP emulator. The default lets pages served from loopback
 * (`localhost`, `127.x.x.x`, `[::1]`, any port: a dev server) call it; `false` turns CORS off.
 */
export type CorsOption =
  | boolean
  | { origins: "*" | readonly string[] | ((origin: string) => boolean) };

const LOOPBACK_ORIGIN = /^https?:\/\/(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d+)?$/i;

/** Response headers a page may read without CORS exposing them. */
const SAFELISTED = new Set([
  "cache-control",
  "content-language",
  "content-length",
  "content-type",
  "expires",
  "last-modified",
  "pragma",
]);

const METHODS = "GET, POST, PUT, PATCH, DELETE";

const allows = (option: CorsOption | undefined): ((origin: string) => boolean) => {
  if (option === false) return () => false;
  if (option === undefined || option === true) return (origin) => LOOPBACK_ORIGIN.test(origin);
  const { origins } = option;
  if (origins === "*") return () => true;
  if (typeof origins === "function") return origins;
  const listed = new Set(origins);
  return (origin) => listed.has(origin);
};

const refusal = (origin: string) =>
  JSON.stringify({
    error: {
      message: `The emulator does not allow requests from the page at ${origin}: list it in the cors option of listen() (or --cors on the command line).`,
      type: "invalid_request_error",
      param: null,
      code: "cors_origin_not_allowed",
    },
  });

/**
 * Wraps a request handler with CORS: preflights are answered here (before auth, which they
 * never carry), and every answer to an allowed page, errors and faults included, names the
 * page's origin and exposes each header it carries, so `x-request-id`, rate limits and
 * `retry-after-ms` reach the client.
 */
export const withCors = (
  handle: (request: Request) => Promise<Response>,
  option: CorsOption | undefined,
): ((request: Request) => Promise<Response>) => {
  if (option === false) return handle;
  const isAllowed = allows(option);
  return async (request) => {
    const origin = request.headers.get("origin");
    const preflight =
      request.method === "OPTIONS" && request.headers.has("access-control-request-method");
    if (origin === null) return handle(request);
    const allowed = isAllowed(origin);
    if (preflight) {
      if (!allowed) {
        return new Response(refusal(origin), {
          status: 403,
          headers: { "content-type": "application/json", vary: "origin" },
        });
      }
      const headers = new Headers({
        "access-control-allow-origin": origin,
        "access-control-allow-methods": METHODS,
        "access-control-max-age": "600",
        vary: "origin, access-control-request-method, access-control-request-headers",
      });
      const requested = request.headers.get("access-control-request-headers");
      if (requested) headers.set("access-control-allow-headers", requested);
      // Chrome asks before a public page may reach a loopback address.
      if (request.headers.get("access-control-request-private-network") === "true") {
        headers.set("access-control-allow-private-network", "true");
      }
      return new Response(null, { status: 204, headers });
    }
    const response = await handle(request);
    const headers = new Headers(response.headers);
    headers.append("vary", "origin");
    if (!allowed) {
      return new Response(response.body, {
        status: response.status,
        statusText: response.statusText,
        headers,
      });
    }
    const exposed: string[] = [];
    response.headers.forEach((_, name) => {
      if (!SAFELISTED.has(name)) exposed.push(name);
    });
    headers.set("access-control-allow-origin", origin);
    if (exposed.length > 0) headers.set("access-control-expose-headers", exposed.join(", "));
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  };
};
