// Runs in its own process so the server's CPU time never counts against the client under test.
import { createServer } from "node:http";
import { type FaultKind, faultKinds, injectFault } from "./faults.js";
import { responseJson, sseBody } from "./fixtures.js";
import { writeLongStream } from "./long-stream.js";

const streamEvents = Number(process.env.BENCH_SSE_EVENTS ?? 10_000);
const stream = sseBody(streamEvents);
const json = Buffer.from(responseJson);

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    // A prefix before /v1 picks a behaviour: /fail-503/v1, /reset/v1, /long/<events>/v1.
    const [prefix, count] = (req.url ?? "").split("/").slice(1, 3);
    if (faultKinds.includes(prefix as FaultKind) && injectFault(prefix as FaultKind, req, res)) {
      return;
    }
    if (prefix === "long") {
      writeLongStream(res, Number(count));
      return;
    }
    // Streaming requests are told apart by the body, as the API does.
    const wantsStream = Buffer.concat(chunks).includes('"stream":true');
    if (wantsStream) {
      // Chunked, like the API's own streams.
      res.writeHead(200, { "content-type": "text/event-stream", "x-request-id": "req_bench" });
      res.end(stream);
      return;
    }
    res.writeHead(200, {
      "content-type": "application/json",
      "content-length": json.byteLength,
      "x-request-id": "req_bench",
    });
    res.end(json);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  if (address && typeof address === "object") process.send?.({ port: address.port });
});
process.on("disconnect", () => server.close(() => process.exit(0)));
