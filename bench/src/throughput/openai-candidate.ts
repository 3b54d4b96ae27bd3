import OpenAI from "openai";
import { requestBody } from "../server/fixtures.js";
import type { Candidate } from "./candidate.js";

/** openai's own stream helper: `responses.stream()` read to its final response. */
export const openaiFinalCandidate = (baseURL: string): Candidate => {
  const client = new OpenAI({ apiKey: "sk-bench", baseURL });
  return {
    name: "openai finalResponse",
    async stream() {
      let events = 0;
      const stream = client.responses.stream(requestBody).on("event", () => {
        events++;
      });
      await stream.finalResponse();
      return events;
    },
  };
};

export const openaiCandidate = (baseURL: string): Candidate => {
  const client = new OpenAI({ apiKey: "sk-bench", baseURL });
  return {
    name: "openai",
    json: () => client.responses.create(requestBody),
    async stream() {
      const stream = await client.responses.create({ ...requestBody, stream: true });
      let events = 0;
      for await (const _event of stream) events++;
      return events;
    },
  };
};
