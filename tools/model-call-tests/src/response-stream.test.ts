import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { APIConnectionError, APIError, type Client, createClient, OpenAIError } from "@oaikit/core";
import {
  fromReadableStream,
  outputText,
  type ResponseStreamEventType,
  resumeResponseStream,
  retrieveResponse,
  streamResponse,
} from "@oaikit/responses";
import { createEmulator, type Emulator } from "@oaikit/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

let emulator: Emulator;
let client: Client;

beforeEach(() => {
  emulator = createEmulator();
  client = createClient({ apiKey: "sk-test", fetch: emulator.fetch, logLevel: "off" });
});

const params = { model: "gpt-5.1", input: "Count to three" } as const;

describe("streamResponse", () => {
  it("gives finalResponse() equal to retrieveResponse of the same id", async () => {
    emulator.script({ text: "One, two, three." });
    const stream = streamResponse(client, params);
    const final = await stream.finalResponse();
    expect(final.status).toBe("completed");
    expect(outputText(final)).toBe("One, two, three.");
    expect(await retrieveResponse(client, { response_id: final.id })).toEqual(final);
  });

  it("streams the text deltas through textStream", async () => {
    emulator.script({ text: "One, two, three." });
    const stream = streamResponse(client, params);
    const parts: string[] = [];
    for await (const text of stream.textStream) parts.push(text);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join("")).toBe("One, two, three.");
    expect(outputText(await stream.finalResponse())).toBe("One, two, three.");
  });

  it("calls on() handlers per event type, typed by it, while the events are iterated", async () => {
    emulator.script({ text: "a b c" });
    const deltas: string[] = [];
    const types: string[] = [];
    const stream = streamResponse(client, params).on("response.output_text.delta", (event) => {
      deltas.push(event.delta);
    });
    for await (const event of stream) types.push(event.type);
    expect(deltas.join("")).toBe("a b c");
    expect(types[0]).toBe("response.created");
    expect(types.at(-1)).toBe("response.completed");
    // Iterated to the end by the caller: finalResponse() is already there.
    expect(outputText(await stream.finalResponse())).toBe("a b c");
  });

  it("passes an event type these types do not know through, to iteration and to on()", async () => {
    const future = { type: "response.future_thing.delta", sequence_number: 1, x: 1 };
    const events = [
      {
        type: "response.created",
        sequence_number: 0,
        response: { id: "resp_1", background: false },
      },
      future,
      { type: "response.completed", sequence_number: 2, response: { id: "resp_1", output: [] } },
    ];
    const body = new Response(events.map((e) => `data: ${JSON.stringify(e)}\n\n`).join("")).body!;
    const seen: unknown[] = [];
    const stream = fromReadableStream(body).on("response.future_thing.delta", (event) => {
      seen.push(event);
    });
    const types: string[] = [];
    for await (const event of stream) types.push(event.type);
    expect(types).toEqual([
      "response.created",
      "response.future_thing.delta",
      "response.completed",
    ]);
    expect(seen).toEqual([future]);
  });

  it("refuses a second consumer", async () => {
    emulator.script({ text: "x" });
    const stream = streamResponse(client, params);
    await stream.finalResponse();
    expect(() => stream[Symbol.asyncIterator]()).toThrow(OpenAIError);
  });

  it("rejects finalResponse() when the loop stopped before the final event", async () => {
    emulator.script({ text: "one two three four" });
    const stream = streamResponse(client, params);
    for await (const event of stream) if (event.type === "response.output_text.delta") break;
    await expect(stream.finalResponse()).rejects.toThrow(/closed before its final event/);
  });

  it("fails with APIConnectionError when the stream ends before its final event", async () => {
    emulator.fault({ route: "createResponse", kind: "cut-stream", afterEvents: 4 });
    const stream = streamResponse(client, params);
    await expect(stream.finalResponse()).rejects.toBeInstanceOf(APIConnectionError);
  });

  it("says a dropped stream of a response that is not background cannot be resumed", async () => {
    emulator.fault({ route: "createResponse", kind: "reset-mid-body", afterBytes: 600 });
    const error = await streamResponse(client, params)
      .finalResponse()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(/cannot be resumed/);
    expect(emulator.requests).toHaveLength(1);
  });

  it("rejects with the APIError of a scripted failure", async () => {
    emulator.script({ error: { status: 429, code: "rate_limit_exceeded" } });
    const limited = client.with({ maxRetries: 0 });
    await expect(streamResponse(limited, params).finalResponse()).rejects.toBeInstanceOf(APIError);
  });
});

describe("background streams", () => {
  const background = { ...params, background: true } as const;

  it("resume by themselves after a drop, every sequence_number exactly once", async () => {
    emulator.script({ text: "one two three four five six seven eight" });
    emulator.fault({ route: "createResponse", kind: "cut-stream", afterEvents: 6 });
    const numbers: number[] = [];
    const stream = streamResponse(client, background);
    for await (const event of stream) numbers.push(event.sequence_number);
    const final = await stream.finalResponse();
    expect(numbers).toEqual(numbers.map((_, i) => i));
    expect(numbers.length).toBeGreaterThan(8);
    expect(outputText(final)).toBe("one two three four five six seven eight");
    const resumed = emulator.requests.at(-1)!;
    expect(resumed.method).toBe("GET");
    expect(resumed.query.starting_after).toBe("5");
    expect(await retrieveResponse(client, { response_id: final.id })).toEqual(final);
  });

  it("resume again after a second drop, and give up after the retry budget", async () => {
    emulator.script({ text: "one two three four five six" });
    emulator.fault({ route: "createResponse", kind: "cut-stream", afterEvents: 4 });
    emulator.fault({ route: "GET /responses/*", kind: "cut-stream", afterEvents: 2 });
    const numbers: number[] = [];
    await streamResponse(client, background).forEach((event) => {
      numbers.push(event.sequence_number);
    });
    expect(numbers).toEqual(numbers.map((_, i) => i));

    emulator.script({ text: "one two three four five six" });
    emulator.fault({ route: "createResponse", kind: "cut-stream", afterEvents: 4 });
    emulator.fault({ route: "GET /responses/*", kind: "cut-stream", afterEvents: 0, times: 3 });
    const stream = streamResponse(client.with({ maxRetries: 2 }), background);
    await expect(stream.finalResponse()).rejects.toBeInstanceOf(APIConnectionError);
  });

  it("resumeResponseStream picks a stored response up after a given sequence_number", async () => {
    emulator.script({ text: "alpha beta gamma" });
    let id = "";
    let seen = -1;
    const first = streamResponse(client, background);
    for await (const event of first) {
      if (event.type === "response.created") id = event.response.id;
      seen = event.sequence_number;
      if (seen === 3) break;
    }
    const numbers: number[] = [];
    const rest = resumeResponseStream(client, { responseId: id, startingAfter: seen });
    for await (const event of rest) numbers.push(event.sequence_number);
    expect(numbers[0]).toBe(4);
    expect(outputText(await rest.finalResponse())).toBe("alpha beta gamma");
  });
});

describe("toReadableStream and fromReadableStream through a real HTTP response", () => {
  let close: () => Promise<void>;
  let url: string;

  beforeEach(async () => {
    const server = createServer(async (req, res) => {
      // A route handler's body: the ResponseStream's bytes.
      const body = new Response(streamResponse(client, params).toReadableStream());
      res.writeHead(200, { "content-type": "text/event-stream" });
      const reader = body.body!.getReader();
      req.on("close", () => void reader.cancel().catch(() => undefined));
      for (let step = await reader.read(); !step.done; step = await reader.read()) {
        res.write(step.value);
      }
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    close = () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    };
  });
  afterEach(() => close());

  it("gives the browser side the same typed events, text and final response", async () => {
    emulator.script({ text: "Piped to the page." });
    const res = await fetch(url);
    const stream = fromReadableStream(res.body!);
    const events: ResponseStreamEventType[] = [];
    const text: string[] = [];
    stream.on("response.output_text.delta", (event) => text.push(event.delta));
    for await (const event of stream) events.push(event);
    const final = await stream.finalResponse();
    expect(text.join("")).toBe("Piped to the page.");
    expect(events.map((e) => e.sequence_number)).toEqual(events.map((_, i) => i));
    expect(await retrieveResponse(client, { response_id: final.id })).toEqual(final);
  });
});
