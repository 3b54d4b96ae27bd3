import { retrieveModel } from "@oaikit/models";
import { checkEqual } from "../check.js";
import type { SmokeCase } from "../types.js";

const model = "gpt-4.1-mini";

/** One emulated 503 with `retry-after-ms`: the call retries once and resolves. */
export const retryAfter503: SmokeCase = {
  name: "retry after 503",
  prepare(emulator) {
    emulator.fault({
      route: `GET /models/${model}`,
      status: 503,
      headers: { "retry-after-ms": "10" },
    });
  },
  async run({ client, fetch: emulatorFetch }) {
    const statuses: number[] = [];
    const counting: typeof fetch = async (input, init) => {
      const response = await (emulatorFetch ?? fetch)(input, init);
      statuses.push(response.status);
      return response;
    };
    const found = await retrieveModel(client({ fetch: counting }), { model });
    checkEqual(found.id, model, "the model");
    checkEqual(statuses, [503, 200], "statuses of the attempts");
  },
};
