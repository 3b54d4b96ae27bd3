import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { CreateRealtimeSessionParamsSchema } from "./schemas.js";

describe("generated Realtime request schemas", () => {
  it("accept a createRealtimeSession request without client_secret, which the server creates", () => {
    const params = { instructions: "Be brief", voice: "alloy", modalities: ["text"] };
    expect(v.safeParse(CreateRealtimeSessionParamsSchema, params).success).toBe(true);
    expect(v.safeParse(CreateRealtimeSessionParamsSchema, {}).success).toBe(true);
  });

  it("still check client_secret's shape when one is given, naming the field", () => {
    const result = v.safeParse(CreateRealtimeSessionParamsSchema, { client_secret: { value: 1 } });
    expect(result.success).toBe(false);
    expect(v.flatten(result.issues!).nested).toHaveProperty("client_secret.value");
  });
});
