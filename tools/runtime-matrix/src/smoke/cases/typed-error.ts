import { APIError, NotFoundError, OpenAIError } from "@oaikit/core";
import { retrieveFile } from "@oaikit/files";
import { check, checkEqual } from "../check.js";
import type { SmokeCase } from "../types.js";

/** A 404 arrives as NotFoundError, with the API's error fields, and is not retried. */
export const typedError: SmokeCase = {
  name: "typed error",
  async run({ client }) {
    let caught: unknown;
    try {
      await retrieveFile(client(), { file_id: "file-does-not-exist" });
    } catch (error) {
      caught = error;
    }
    check(caught instanceof NotFoundError, `NotFoundError, got ${String(caught)}`);
    check(caught instanceof APIError && caught instanceof OpenAIError, "its parents");
    checkEqual(caught.status, 404, "status");
    check(caught.requestId?.startsWith("req_"), `requestId: ${caught.requestId}`);
    check(
      caught.message.includes("file-does-not-exist"),
      `message names the id: ${caught.message}`,
    );
  },
};
