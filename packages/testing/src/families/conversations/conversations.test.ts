import { describe, expect, it } from "vitest";
import { api } from "../../../test-support/api.js";
import { createEmulator } from "../../emulator/create-emulator.js";

describe("/v1/conversations", () => {
  it("creates, retrieves, updates and deletes a conversation", async () => {
    const client = api(createEmulator().fetch);
    const { body } = await client.post("/conversations", { metadata: { topic: "demo" } });
    expect(body).toMatchObject({ object: "conversation", metadata: { topic: "demo" } });
    expect((await client.get(`/conversations/${body.id}`)).body).toEqual(body);
    const updated = await client.post(`/conversations/${body.id}`, {
      metadata: { topic: "other" },
    });
    expect(updated.body.metadata).toEqual({ topic: "other" });
    expect((await client.delete(`/conversations/${body.id}`)).body).toEqual({
      id: body.id,
      object: "conversation.deleted",
      deleted: true,
    });
    expect((await client.get(`/conversations/${body.id}`)).status).toBe(404);
  });

  it("adds, lists, retrieves and deletes items", async () => {
    const client = api(createEmulator().fetch);
    const conversation = (
      await client.post("/conversations", { items: [{ role: "user", content: "first" }] })
    ).body;
    const added = await client.post(`/conversations/${conversation.id}/items`, {
      items: [{ role: "user", content: "second" }],
    });
    expect(added.body.data[0].content).toEqual([{ type: "input_text", text: "second" }]);
    const listed = await client.get(`/conversations/${conversation.id}/items?order=asc`);
    const texts = listed.body.data.map((item: any) => item.content[0].text);
    expect(texts).toEqual(["first", "second"]);
    const itemId = listed.body.data[0].id;
    expect((await client.get(`/conversations/${conversation.id}/items/${itemId}`)).body.id).toBe(
      itemId,
    );
    await client.delete(`/conversations/${conversation.id}/items/${itemId}`);
    const after = await client.get(`/conversations/${conversation.id}/items`);
    expect(after.body.data).toHaveLength(1);
  });

  it("collects the input and output of responses created in it", async () => {
    const client = api(createEmulator().fetch);
    const conversation = (await client.post("/conversations", {})).body;
    const response = await client.post("/responses", {
      model: "m",
      input: "hello there",
      conversation: conversation.id,
    });
    expect(response.body.conversation).toEqual({ id: conversation.id });
    const items = await client.get(`/conversations/${conversation.id}/items?order=asc`);
    expect(items.body.data.map((item: any) => item.role)).toEqual(["user", "assistant"]);
    expect(items.body.data[1].content[0].text).toBe("Echo: hello there");
    const missing = await client.post("/responses", {
      model: "m",
      input: "x",
      conversation: "conv_x",
    });
    expect(missing.status).toBe(404);
    expect(missing.body.error.param).toBe("conversation");
  });
});
