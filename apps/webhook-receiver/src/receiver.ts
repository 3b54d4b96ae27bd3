import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createNodeWebhookHandler } from "@oaikit/webhooks/node";
import { describeEvent } from "./describe-event.js";

export interface Receiver {
  server: Server;
  /** Where to point webhooks: `http://host:port/webhooks`. */
  url: string;
  close(): Promise<void>;
}

/** An HTTP server whose /webhooks path verifies each delivery and logs its typed event. */
export const startReceiver = async (options: {
  secret: string;
  port: number;
  host: string;
  print: (line: string) => void;
}): Promise<Receiver> => {
  const { print } = options;
  const webhooks = createNodeWebhookHandler({
    secret: options.secret,
    onUnknown: (event, { webhookId }) => print(`received ${describeEvent(event)} [${webhookId}]`),
    onError: (error) => print(`handler failed: ${error instanceof Error ? error.message : error}`),
  });
  const server = createServer((req, res) => {
    if (new URL(req.url ?? "/", "http://localhost").pathname !== "/webhooks") {
      res.writeHead(404, { "content-type": "text/plain" }).end("POST webhooks to /webhooks\n");
      return;
    }
    void webhooks(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${options.host}:${port}/webhooks`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
};
