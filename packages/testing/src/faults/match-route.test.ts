import { describe, expect, it } from "vitest";
import { compileRoute } from "./match-route.js";

const request = (method: string, path: string, operationId?: string) => ({
  method,
  path,
  operationId,
});

describe("fault routes", () => {
  it("match an operationId", () => {
    const matches = compileRoute("createResponse");
    expect(matches(request("POST", "/v1/responses", "createResponse"))).toBe(true);
    expect(matches(request("GET", "/v1/responses/r", "getResponse"))).toBe(false);
  });

  it("match a path with or without /v1 and with wildcard segments", () => {
    expect(compileRoute("/responses/*")(request("GET", "/v1/responses/resp_1"))).toBe(true);
    expect(compileRoute("/v1/responses/{id}")(request("DELETE", "/v1/responses/resp_1"))).toBe(
      true,
    );
    expect(compileRoute("/responses/*")(request("GET", "/v1/responses/resp_1/input_items"))).toBe(
      false,
    );
  });

  it("match a method when one is given", () => {
    const matches = compileRoute("post /files");
    expect(matches(request("POST", "/v1/files"))).toBe(true);
    expect(matches(request("GET", "/v1/files"))).toBe(false);
  });

  it("match everything when omitted", () => {
    expect(compileRoute(undefined)(request("GET", "/anything"))).toBe(true);
  });
});
