import { describe, expect, it } from "vitest";
import { api } from "../../test-support/api.js";
import { createEmulator } from "../emulator/create-emulator.js";

const client = () => api(createEmulator().fetch);

describe("request validation with the generated params schemas", () => {
  it("names a nested parameter by its dotted path", async () => {
    const { status, body } = await client().post("/chat/completions", {
      model: "gpt-4o",
      messages: [
        { role: "user", content: "hi" },
        { role: "narrator", content: "x" },
      ],
    });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ type: "invalid_request_error", param: "messages[1].role" });
  });

  it("refuses a parameter a closed schema does not have, naming it", async () => {
    const { status, body } = await client().post("/audio/speech", {
      model: "gpt-4o-mini-tts",
      voice: "alloy",
      input: "hi",
      volume: 11,
    });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ param: "volume", code: "unknown_parameter" });
  });

  it("checks query parameters as typed values", async () => {
    const emulator = client();
    expect((await emulator.get("/videos?limit=2")).status).toBe(200);
    const wrong = await emulator.get("/videos?limit=two");
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.param).toBe("limit");
  });

  it("reads multipart fields as the numbers the schema expects", async () => {
    const form = new FormData();
    form.append("image", new File([new Uint8Array(8)], "in.png", { type: "image/png" }));
    form.append("n", "2");
    form.append("response_format", "b64_json");
    const { status, body } = await client().post("/images/variations", form);
    expect(status).toBe(200);
    expect(body.data).toHaveLength(2);
  });

  it("accepts path parameters next to a closed body", async () => {
    const emulator = client();
    const store = (await emulator.post("/vector_stores", { name: "s" })).body;
    const form = new FormData();
    form.append("purpose", "assistants");
    form.append("file", new File(["text"], "a.txt"));
    const file = (await emulator.post("/files", form)).body;
    const batch = await emulator.post(`/vector_stores/${store.id}/file_batches`, {
      file_ids: [file.id],
    });
    expect(batch.status).toBe(200);
    expect(batch.body.vector_store_id).toBe(store.id);
  });

  it("checks a streaming request with the streaming variant's schema", async () => {
    const emulator = client();
    const runBody = { assistant_id: "asst_x", stream: true };
    const thread = (await emulator.post("/threads", {})).body;
    // `stream: true` is only valid for the streaming variant; the assistant is then looked up.
    const { status, body } = await emulator.post(`/threads/${thread.id}/runs`, runBody);
    expect(status).toBe(404);
    expect(body.error.param).toBe("assistant_id");
  });

  it("answers a JSON body that is not an object with a 400", async () => {
    const { status, body } = await client().post("/embeddings", [1, 2]);
    expect(status).toBe(400);
    expect(body.error.message).toContain("JSON object");
  });
});
