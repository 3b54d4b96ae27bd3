import { getMeta } from "@oaikit/core";
import { createResponse } from "@oaikit/responses";
import { check, checkEqual } from "../check.js";
import type { SmokeCase } from "../types.js";

/** One JSON call, with its metadata read from the response headers (CORS must expose them). */
export const jsonCall: SmokeCase = {
  name: "json call",
  async run({ client }) {
    const response = await createResponse(client(), { model: "gpt-5.1", input: "Say hi" });
    checkEqual([response.object, response.status], ["response", "completed"], "object and status");
    const message = response.output.find((item) => item.type === "message");
    check(message, "the output holds a message");
    const meta = getMeta(response);
    check(meta?.requestId?.startsWith("req_"), `x-request-id read: ${meta?.requestId}`);
    checkEqual(meta?.status, 200, "status in meta");
  },
};
