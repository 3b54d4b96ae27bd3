import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import OpenAI, { toFile } from "openai";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createEmulator, type NodeEmulator } from "./create-node-emulator.js";

// Fidelity: the official client, unmodified, pointed at the emulator's HTTP server.
let emulator: NodeEmulator;
let client: OpenAI;

beforeEach(async () => {
  emulator = createEmulator();
  const { baseURL } = await emulator.listen();
  client = new OpenAI({ apiKey: "sk-test", baseURL, maxRetries: 0 });
});

afterEach(async () => {
  await emulator.close();
});

describe("the official openai client", () => {
  it("creates a response and reads its output_text", async () => {
    const response = await client.responses.create({ model: "gpt-5.1", input: "Hello emulator" });
    expect(response.status).toBe("completed");
    expect(response.output_text).toBe("Echo: Hello emulator");
    expect(response._request_id).toMatch(/^req_/);
  });

  it("streams a response through to response.completed", async () => {
    const stream = await client.responses.create({
      model: "gpt-5.1",
      input: "stream it",
      stream: true,
    });
    const types: string[] = [];
    let text = "";
    for await (const event of stream) {
      types.push(event.type);
      if (event.type === "response.output_text.delta") text += event.delta;
    }
    expect(types[0]).toBe("response.created");
    expect(types.at(-1)).toBe("response.completed");
    expect(text).toBe("Echo: stream it");
  });

  it("streams a chat completion with a scripted tool call into a final message", async () => {
    emulator.script({ toolCalls: [{ name: "lookup", arguments: { id: 7 } }] });
    const stream = client.chat.completions.stream({
      model: "gpt-4o",
      messages: [{ role: "user", content: "find 7" }],
      tools: [{ type: "function", function: { name: "lookup", parameters: { type: "object" } } }],
    });
    const final = await stream.finalChatCompletion();
    const call = final.choices[0]!.message.tool_calls![0]!;
    expect(call.type).toBe("function");
    expect(call.type === "function" && call.function).toEqual({
      name: "lookup",
      arguments: '{"id":7}',
    });
    expect(final.choices[0]!.finish_reason).toBe("tool_calls");
  });

  it("uploads files and lists them across pages", async () => {
    for (const name of ["a.txt", "b.txt", "c.txt"]) {
      await client.files.create({
        file: await toFile(Buffer.from(name), name),
        purpose: "assistants",
      });
    }
    const names: string[] = [];
    for await (const file of client.files.list({ limit: 2 })) names.push(file.filename);
    expect(names).toEqual(["c.txt", "b.txt", "a.txt"]);
  });

  it("creates a vector store from an uploaded file and searches it", async () => {
    const file = await client.files.create({
      file: await toFile(Buffer.from("The emulator answers every route locally."), "doc.txt"),
      purpose: "assistants",
    });
    const store = await client.vectorStores.create({ name: "docs", file_ids: [file.id] });
    const results = [];
    for await (const hit of client.vectorStores.search(store.id, { query: "routes locally" })) {
      results.push(hit);
    }
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ file_id: file.id, filename: "doc.txt" });
  });

  it("raises NotFoundError for an unknown response", async () => {
    const error = await client.responses.retrieve("resp_missing").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    expect((error as InstanceType<typeof OpenAI.NotFoundError>).requestID).toMatch(/^req_/);
  });

  it("raises AuthenticationError when the emulator rejects keys", async () => {
    const rejecting = createEmulator({ auth: "reject" });
    const { baseURL } = await rejecting.listen();
    const denied = new OpenAI({ apiKey: "sk-wrong", baseURL, maxRetries: 0 });
    await expect(denied.models.list()).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
    await rejecting.close();
  });

  it("retries a 503 fault and then succeeds", async () => {
    emulator.fault({ route: "createResponse", status: 503, headers: { "retry-after-ms": "1" } });
    const retrying = client.withOptions({ maxRetries: 2 });
    const response = await retrying.responses.create({ model: "m", input: "again" });
    expect(response.output_text).toBe("Echo: again");
    expect(emulator.requests.filter((r) => r.operationId === "createResponse")).toHaveLength(2);
  });

  it("verifies webhooks the emulator signs", async () => {
    const secret = `whsec_${btoa("a-very-secret-signing-key")}`;
    let verified: unknown;
    const receiver = createServer(async (req, res) => {
      let body = "";
      for await (const chunk of req) body += chunk;
      verified = await client.webhooks
        .unwrap(body, req.headers as Record<string, string>, secret)
        .catch((error: unknown) => error);
      res.end("ok");
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    const { port } = receiver.address() as AddressInfo;
    const answer = await emulator.webhooks.send(
      `http://127.0.0.1:${port}/hook`,
      { type: "response.completed", data: { id: "resp_123" } },
      { secret },
    );
    receiver.close();
    expect(answer.status).toBe(200);
    expect(verified).toMatchObject({
      type: "response.completed",
      data: { id: "resp_123" },
      object: "event",
    });
  });
});
