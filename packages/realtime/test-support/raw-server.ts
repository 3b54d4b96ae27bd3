import { createServer, type IncomingMessage, type Server } from "node:http";
import type { Duplex } from "node:stream";
import { type WebSocket, WebSocketServer } from "ws";

/** One accepted socket, with every frame the client sent, parsed. */
export interface RawPeer {
  socket: WebSocket;
  /** The raw TCP socket under the WebSocket (pause it to play a stalled peer). */
  tcp: Duplex;
  request: IncomingMessage;
  received: any[];
  /** Resolves with the first received event of `type` (waiting for it if needed). */
  next(type: string): Promise<any>;
  sendJson(event: Record<string, unknown>): void;
}

export interface RawServer {
  /** `http://127.0.0.1:port/v1`, a base URL for createClient. */
  baseURL: string;
  peers: RawPeer[];
  /** Resolves with the n-th (0-based) peer once it has connected. */
  peer(index: number): Promise<RawPeer>;
  close(): Promise<void>;
}

export interface RawServerOptions {
  /** Runs for each accepted connection. */
  onConnection?: (peer: RawPeer, index: number) => void;
  /** Answers the upgrade with plain HTTP instead when it returns a status and body. */
  refuse?: (request: IncomingMessage) => { status: number; body: string } | undefined;
  /** Skip parsing frames (for the backpressure test, which only counts bytes). */
  raw?: boolean;
}

/** A bare WebSocket server on 127.0.0.1 that a test scripts frame by frame. */
export const startRawServer = async (options: RawServerOptions = {}): Promise<RawServer> => {
  const wss = new WebSocketServer({
    noServer: true,
    perMessageDeflate: false,
    handleProtocols: (protocols) => (protocols.has("realtime") ? "realtime" : false),
  });
  const peers: RawPeer[] = [];
  const arrivals: Array<(peer: RawPeer) => void> = [];
  const server: Server = createServer((_req, res) => res.writeHead(404).end());
  server.on("upgrade", (request, tcp: Duplex, head) => {
    const refusal = options.refuse?.(request);
    if (refusal) {
      tcp.end(
        `HTTP/1.1 ${refusal.status} Refused\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(refusal.body)}\r\nconnection: close\r\n\r\n${refusal.body}`,
      );
      return;
    }
    wss.handleUpgrade(request, tcp, head, (socket) => {
      const received: any[] = [];
      const waiting = new Map<string, Array<(event: any) => void>>();
      const peer: RawPeer = {
        socket,
        tcp,
        request,
        received,
        next: (type) => {
          const found = received.find((event) => event.type === type);
          if (found) return Promise.resolve(found);
          return new Promise((resolve) => {
            waiting.set(type, [...(waiting.get(type) ?? []), resolve]);
          });
        },
        sendJson: (event) => socket.send(JSON.stringify(event)),
      };
      if (!options.raw) {
        socket.on("message", (data) => {
          const event = JSON.parse(String(data));
          received.push(event);
          for (const resolve of waiting.get(event.type) ?? []) resolve(event);
          waiting.delete(event.type);
        });
      }
      const index = peers.push(peer) - 1;
      options.onConnection?.(peer, index);
      for (const resolve of arrivals.splice(0)) resolve(peer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    peers,
    async peer(index) {
      while (peers.length <= index) {
        await new Promise<RawPeer>((resolve) => arrivals.push(resolve));
      }
      return peers[index]!;
    },
    async close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};

/** A `session.created` event as the API sends it first on every connection. */
export const sessionCreated = (id = "sess_test") => ({
  type: "session.created",
  event_id: `event_${id}`,
  session: { type: "realtime", object: "realtime.session", id, model: "gpt-realtime" },
});
