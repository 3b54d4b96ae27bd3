import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { CreateResponseParamsSchema, RetrieveResponseParamsSchema } from "./schemas.js";

describe("generated Responses request schemas", () => {
  it("accept what the params type accepts", () => {
    expect(v.safeParse(CreateResponseParamsSchema, { model: "gpt-5.1", input: "Hi" }).success).toBe(
      true,
    );
    expect(v.safeParse(RetrieveResponseParamsSchema, { response_id: "resp_1" }).success).toBe(true);
  });

  it("reject stream: true on the plain create call and a missing path id, naming the field", () => {
    const streaming = v.safeParse(CreateResponseParamsSchema, { model: "gpt-5.1", stream: true });
    expect(streaming.success).toBe(false);
    const missing = v.safeParse(RetrieveResponseParamsSchema, {});
    expect(missing.success).toBe(false);
    expect(v.flatten(missing.issues!).nested).toHaveProperty("response_id");
  });
});
