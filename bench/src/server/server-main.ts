// Runs in its own process so the server's CPU time never counts against the client under test.
import { createServer } from "node:http";
import { responseJson, sseBody } from "./fixtures.js";

const streamEvents = Number(process.env.BENCH_SSE_EVENTS ?? 10_000);
const stream = sseBody(streamEvents);
const json = Buffer.from(responseJson);

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
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
