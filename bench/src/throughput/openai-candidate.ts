import OpenAI from "openai";
import { requestBody } from "../server/fixtures.js";
import type { Candidate } from "./candidate.js";

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
