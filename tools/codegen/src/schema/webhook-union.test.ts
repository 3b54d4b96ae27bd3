import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { webhookUnion } from "./webhook-union.js";

const here = dirname(fileURLToPath(import.meta.url));
const snapshot = JSON.parse(readFileSync(join(here, "../../spec/openapi.snapshot.json"), "utf8"));

describe("webhookUnion", () => {
  it("takes the 16 payloads of the snapshot's webhooks, the same as its webhook-events group", () => {
    const members = webhookUnion(snapshot)!.oneOf.map((m) => m.$ref.split("/").pop());
    const group = snapshot["x-oaikit-event-groups"].find((g: any) => g.id === "webhook-events");
    expect(members).toHaveLength(16);
    expect(members).toEqual([...group.events].sort());
  });

  it("fails on a webhook whose payload is not a component, and is undefined without webhooks", () => {
    const inline = {
      webhooks: {
        ping: { post: { requestBody: { content: { "application/json": { schema: {} } } } } },
      },
    };
    expect(() => webhookUnion(inline)).toThrow('Webhook "ping" has no component schema');
    expect(webhookUnion({ webhooks: {} })).toBeUndefined();
  });
});
