import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { getInternals } from "../emulator/internals.js";
import type { Emulator } from "../emulator/types.js";
import { ConnectionReset } from "../wire/connection-reset.js";
import { type CorsOption, withCors } from "../wire/cors.js";
import { toWebRequest } from "./to-web-request.js";
import { resetConnection, writeResponse } from "./write-response.js";
import { attachRealtime } from "./ws-realtime.js";

export interface ListenOptions {
  /** Default 0: any free port. */
  port?: number;
  /** Default "127.0.0.1". */
  host?: string;
  /**
   * Which web pages may call it (CORS). Default: pages served from loopback (`localhost`,
   * `127.x.x.x`, `[::1]`, any port). `{ origins: ["https://app.example"] }` lists others,
   * `{ origins: "*" }` allows any page, `false` sends no CORS headers.
   */
  cors?: CorsOption;
}

export interface Listening {
  /** `http://host:port`, without `/v1`. */
  url: string;
  /** `url` + `/v1`: what a client's `baseURL` should be. */
  baseURL: string;
  port: number;
  close(): Promise<void>;
}

const crashReply = (error: unknown) =>
  JSON.stringify({
    error: {
      message: `The emulator failed: ${error instanceof Error ? error.message : String(error)}`,
      type: "server_error",
      param: null,
      code: null,
    },
  });

/** Serves the emulator over real HTTP, and its Realtime WebSocket, on one port. */
export const listen = async (
  emulator: Emulator,
  options: ListenOptions = {},
): Promise<Listening> => {
  const internals = getInternals(emulator);
  const host = options.host ?? "127.0.0.1";
  const handle = withCors(internals.handle, options.cors);
  let origin = "";
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const controller = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished)
        controller.abort(new DOMException("client disconnected", "AbortError"));
    });
    try {
      const response = await handle(toWebRequest(req, origin, controller.signal));
      // A body answered without being read (a refused key, one over maxBodyBytes) is drained,
      // not stored, before the answer goes out: closing on a client still sending would reset
      // the connection, and the client would never see the 401 or 413.
      if (!req.complete) {
        req.resume();
        await new Promise((resolve) => {
          req.once("end", resolve);
          req.once("close", resolve);
        });
      }
      await writeResponse(response, res);
    } catch (error) {
      if (error instanceof ConnectionReset || controller.signal.aborted) {
        resetConnection(res);
        return;
      }
      res.writeHead(500, { "content-type": "application/json" }).end(crashReply(error));
    }
  });
  const realtime = attachRealtime(server, internals);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  origin = `http://${shownHost}:${port}`;
  return {
    url: origin,
    baseURL: `${origin}/v1`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        realtime.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};
