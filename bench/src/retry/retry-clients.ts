import OpenAI from "openai";
import { requestBody } from "../server/fixtures.js";

/** How the first attempt of a call goes; `ok` needs no retry. */
export type RetryCase = "ok" | "fail-503" | "reset";

export const retryCases: RetryCase[] = ["ok", "fail-503", "reset"];

/** One client, one non-streaming call per case, each against its own server prefix. */
export interface RetryClient {
  name: string;
  call(which: RetryCase): Promise<unknown>;
}

const baseURLFor = (origin: string, which: RetryCase): string =>
  which === "ok" ? `${origin}/v1` : `${origin}/${which}/v1`;

// Both keep their default of 2 retries. Neither has a knob for the backoff itself: both honour
// retry-after-ms (0 here) on a 503, and fall back to their ~0.5 s jittered backoff after a reset.
export const openaiRetryClient = (origin: string): RetryClient => {
  const clients = new Map(
    retryCases.map((which) => [
      which,
      new OpenAI({ apiKey: "sk-bench", baseURL: baseURLFor(origin, which) }),
    ]),
  );
  return {
    name: "openai",
    call: (which) => clients.get(which)!.responses.create(requestBody),
  };
};

export const coreRetryClient = async (origin: string): Promise<RetryClient> => {
  const { createClient, request } = await import("@oaikit/core");
  const clients = new Map(
    retryCases.map((which) => [
      which,
      createClient({ apiKey: "sk-bench", baseURL: baseURLFor(origin, which) }),
    ]),
  );
  return {
    name: "oaikit core",
    call: (which) =>
      request(clients.get(which)!, { method: "POST", path: "/responses", body: requestBody }),
  };
};
