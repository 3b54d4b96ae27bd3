import { APIError } from "@oaikit/core";
import { retrieveResponse } from "@oaikit/responses";
import { line } from "../print.js";
import type { DemoSection } from "./section.js";

export const typedErrorSection: DemoSection = {
  title: "A typed error: retrieveResponse on an id that does not exist",
  async run({ client }) {
    try {
      await retrieveResponse(client, { response_id: "resp_does_not_exist" });
      line("unexpectedly found it");
    } catch (error) {
      if (!(error instanceof APIError)) throw error;
      line(`${error.name}: status ${error.status}, type ${error.type ?? "none"}`);
      line(`message: ${error.message}`);
      line(`request id to quote when asking for help: ${error.requestId ?? "none"}`);
    }
  },
};
