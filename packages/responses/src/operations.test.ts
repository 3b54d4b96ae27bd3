import { createClient } from "@oaikit/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  json,
  type RecordingServer,
  sse,
  startRecordingServer,
} from "../../../test-support/recording-server.js";
import {
  cancelBetaResponse,
  createResponse,
  listResponseInputItems,
  Responses,
  retrieveResponse,
  retrieveResponseStream,
  streamResponse,
} from "./index.js";

const response = { id: "resp_1", object: "response", output: [] };
const deltas = [
  { type: "response.output_text.delta", delta: "Hel", sequence_number: 1 },
  { type: "response.output_text.delta", delta: "lo", sequence_number: 2 },
  { type: "response.completed", response, sequence_number: 3 },
];

let server: RecordingServer;
const last = () => server.requests.at(-1)!;
const client = () => createClient({ apiKey: "sk-test", baseURL: server.baseURL, maxRetries: 0 });

beforeAll(async () => {
  server = await startRecordingServer((request) => {
    const url = new URL(request.url, "http://x");
    const streaming =
      url.searchParams.get("stream") === "true" ||
      (request.body.length > 0 && JSON.parse(request.body.toString()).stream === true);
    if (streaming) return sse(deltas, false);
    if (url.pathname.endsWith("/input_items")) {
      const after = url.searchParams.get("after");
      return after === null
        ? json({
            object: "list",
            data: [{ id: "msg_1" }],
            has_more: true,
            first_id: "msg_1",
            last_id: "msg_1",
          })
        : json({
            object: "list",
            data: [{ id: "msg_2" }],
            has_more: false,
            first_id: "msg_2",
            last_id: "msg_2",
          });
    }
    return json(response);
  });
});
afterAll(() => server.close());

describe("generated Responses operations on the wire", () => {
  it("createResponse POSTs the params as the JSON body and resolves to the parsed response", async () => {
    const result = await createResponse(client(), { model: "gpt-5.1", input: "Hi" });
    expect(result.id).toBe("resp_1");
    expect(last().method).toBe("POST");
    expect(last().url).toBe("/v1/responses");
    expect(last().headers["content-type"]).toMatch(/^application\/json/);
    expect(JSON.parse(last().body.toString())).toEqual({ model: "gpt-5.1", input: "Hi" });
  });

  it("streamResponse sends stream: true and yields the typed events in order", async () => {
    const texts: string[] = [];
    for await (const event of streamResponse(client(), { model: "gpt-5.1", input: "Hi" })) {
      if (event.type === "response.output_text.delta") texts.push(event.delta);
    }
    expect(texts.join("")).toBe("Hello");
    expect(JSON.parse(last().body.toString())).toEqual({
      model: "gpt-5.1",
      input: "Hi",
      stream: true,
    });
  });

  it("retrieveResponse puts the id in the path, escaped, and the rest in the query", async () => {
    await retrieveResponse(client(), {
      response_id: "resp/1",
      include: ["message.output_text.logprobs", "reasoning.encrypted_content"],
    });
    expect(last().method).toBe("GET");
    expect(last().url).toBe(
      "/v1/responses/resp%2F1?include=message.output_text.logprobs&include=reasoning.encrypted_content",
    );
    expect(last().body.length).toBe(0);
  });

  it("retrieveResponseStream resumes a response as a stream with stream=true in the query", async () => {
    const seen: number[] = [];
    const stream = retrieveResponseStream(client(), { response_id: "resp_1", starting_after: 1 });
    for await (const event of stream) seen.push(event.sequence_number);
    // This server sends event 1 again although the request asked for what comes after it.
    expect(seen).toEqual([2, 3]);
    expect(last().url).toBe("/v1/responses/resp_1?starting_after=1&stream=true");
  });

  it("cancelBetaResponse targets ?beta=true and sends the betas as the openai-beta header", async () => {
    await cancelBetaResponse(client(), {
      response_id: "resp_1",
      betas: ["responses_multi_agent=v1"],
    });
    expect(last().method).toBe("POST");
    expect(last().url).toBe("/v1/responses/resp_1/cancel?beta=true");
    expect(last().headers["openai-beta"]).toBe("responses_multi_agent=v1");
  });

  it("listResponseInputItems walks every page, sending the last id as `after`", async () => {
    const ids: string[] = [];
    for await (const item of listResponseInputItems(client(), {
      response_id: "resp_1",
      limit: 1,
    })) {
      ids.push(item.id!);
    }
    expect(ids).toEqual(["msg_1", "msg_2"]);
    expect(server.requests.slice(-2).map((r) => r.url)).toEqual([
      "/v1/responses/resp_1/input_items?limit=1",
      "/v1/responses/resp_1/input_items?limit=1&after=msg_1",
    ]);
  });

  it("the Responses class calls the same operations through nested resources", async () => {
    const responses = new Responses(client());
    await responses.inputItems.list({ response_id: "resp_2" });
    expect(last().url).toBe("/v1/responses/resp_2/input_items");
    expect((await responses.retrieve({ response_id: "resp_3" })).id).toBe("resp_1");
    expect(last().url).toBe("/v1/responses/resp_3");
  });
});
