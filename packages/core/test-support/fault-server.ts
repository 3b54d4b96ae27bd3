import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";

/** One request as the server saw it. `at` is performance.now() when it arrived. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

interface Head {
  status?: number;
  headers?: Record<string, string>;
  /** Wait this long before sending the status line and headers. */
  delayMs?: number;
}

/** What the server does with one request. Faults are consumed in order, one per request. */
export type Fault =
  /** A complete response; a non-string body is sent as JSON. */
  | ({ type: "respond"; body?: unknown } & Head)
  /** Close the socket before any byte of the response. */
  | { type: "reset" }
  /** Send headers (announcing a longer body) and `body`, then close the socket. */
  | ({ type: "reset-mid-body"; body: string } & Head)
  /** Send nothing for `ms` (forever by default), then close the socket. */
  | { type: "stall"; ms?: number }
  /** A JSON content type with a body that is not JSON. */
  | ({ type: "malformed-json" } & Head)
  /**
   * A text/event-stream response written chunk by chunk, `intervalMs` apart, then ended cleanly
   * ("end", the default), cut by closing the socket ("reset"), or left open ("hang").
   */
  | ({ type: "sse"; chunks: string[]; intervalMs?: number; end?: "end" | "reset" | "hang" } & Head)
  /** Anything else: full control over the exchange. */
  | {
      type: "custom";
      handle: (req: IncomingMessage, res: ServerResponse, recorded: RecordedRequest) => void;
    };

export interface FaultServer {
  /** "http://127.0.0.1:<port>", no trailing slash. */
  url: string;
  /** Every request received so far, in arrival order. */
  requests: RecordedRequest[];
  /** Scripts the next requests. */
  enqueue(...faults: Fault[]): void;
  /** Milliseconds between consecutive request arrivals. */
  gaps(): number[];
  close(): Promise<void>;
}

export interface FaultServerOptions {
  faults?: Fault[];
  /** Used once the queue is empty; by default a 418 saying nothing was scripted. */
  fallback?: Fault;
}

const unscripted: Fault = {
  type: "respond",
  status: 418,
  body: { error: { message: "fault-server: no fault scripted for this request", type: "test" } },
};

/** A node:http server on 127.0.0.1 whose every answer is scripted by the test. */
export const startFaultServer = async (options: FaultServerOptions = {}): Promise<FaultServer> => {
  const queue = [...(options.faults ?? [])];
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  const head = (res: ServerResponse, h: Head, defaults: Record<string, string | number>) =>
    res.writeHead(h.status ?? 200, { ...defaults, ...h.headers });

  const perform = (
    fault: Fault,
    req: IncomingMessage,
    res: ServerResponse,
    rec: RecordedRequest,
  ) => {
    switch (fault.type) {
      case "respond": {
        const text =
          fault.body === undefined
            ? ""
            : typeof fault.body === "string"
              ? fault.body
              : JSON.stringify(fault.body);
        head(res, fault, {
          "content-type": typeof fault.body === "string" ? "text/plain" : "application/json",
        });
        return res.end(text);
      }
      case "malformed-json":
        head(res, fault, { "content-type": "application/json" });
        return res.end('{"id": "resp_1", "output": [');
      case "reset":
        return req.socket.destroy();
      case "stall":
        return fault.ms === undefined ? undefined : later(fault.ms, () => req.socket.destroy());
      case "reset-mid-body":
        head(res, fault, { "content-length": Buffer.byteLength(fault.body) + 64 });
        return res.write(fault.body, () => req.socket.destroy());
      case "sse": {
        head(res, fault, { "content-type": "text/event-stream", "cache-control": "no-cache" });
        const next = (i: number) => {
          if (i < fault.chunks.length) {
            res.write(fault.chunks[i]);
            return later(fault.intervalMs ?? 0, () => next(i + 1));
          }
          if (fault.end === "reset") req.socket.destroy();
          else if (fault.end !== "hang") res.end();
        };
        return next(0);
      }
      case "custom":
        return fault.handle(req, res, rec);
    }
  };

  const server = createServer((req, res) => {
    const rec: RecordedRequest = {
      method: req.method ?? "",
      url: req.url ?? "",
      headers: req.headers,
      body: "",
      at: performance.now(),
    };
    requests.push(rec);
    const fault = queue.shift() ?? options.fallback ?? unscripted;
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      rec.body = Buffer.concat(chunks).toString();
      const delay = "delayMs" in fault ? fault.delayMs : undefined;
      if (delay) later(delay, () => perform(fault, req, res, rec));
      else perform(fault, req, res, rec);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    enqueue: (...faults) => queue.push(...faults),
    gaps: () => requests.slice(1).map((r, i) => r.at - requests[i]!.at),
    close: () => {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
};
