import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { createWebhookHandler, type WebhookHandlerOptions } from "../create-webhook-handler.js";
import type { WebhookEvent } from "../generated/webhook-event.js";

/** A request a framework may have read already (Express, Connect): `body` then holds it. */
type NodeRequest = IncomingMessage & { body?: unknown };

const rawBody = (req: NodeRequest): BodyInit | undefined => {
  const { body } = req;
  if (typeof body === "string" || body instanceof Uint8Array) return body as BodyInit;
  if (body === undefined && !req.readableEnded) return Readable.toWeb(req) as BodyInit;
  throw new TypeError(
    "the request body was parsed before the webhook handler saw it, so its signature cannot be checked: mount the handler before body parsers, or give it the raw bytes (express.raw({ type: 'application/json' }))",
  );
};

const toRequest = (req: NodeRequest): Request => {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      headers.append(name, one);
    }
  }
  const method = req.method ?? "GET";
  return new Request(new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`), {
    method,
    headers,
    body: method === "POST" ? rawBody(req) : undefined,
    duplex: "half",
  } as RequestInit);
};

/**
 * `createWebhookHandler` for `node:http` and the frameworks on it (Express, Fastify's raw
 * routes, Next.js pages API with the body parser off): `(req, res) => Promise<void>`.
 */
export const createNodeWebhookHandler = <Types extends WebhookEvent["type"] = never>(
  options: WebhookHandlerOptions<Types>,
): ((req: IncomingMessage, res: ServerResponse) => Promise<void>) => {
  const handle = createWebhookHandler(options);
  const fail = options.onError ?? console.error;
  return async (req, res) => {
    let response: Response;
    try {
      response = await handle(toRequest(req));
    } catch (error) {
      fail(error, { type: "(unverified)" });
      response = Response.json(
        { error: { message: "the webhook could not be handled" } },
        { status: 500 },
      );
    }
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(new Uint8Array(await response.arrayBuffer()));
  };
};
