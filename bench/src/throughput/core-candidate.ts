import { createClient, request, requestStream } from "@oaikit/core";
import { streamResponse } from "@oaikit/responses";
import { requestBody } from "../server/fixtures.js";
import type { Candidate } from "./candidate.js";

// Imported only once core's dist exists, so the rest of the bench runs without it.
export const coreCandidates = (baseURL: string): Candidate[] => {
  const client = createClient({ apiKey: "sk-bench", baseURL });
  const spec = { method: "POST", path: "/responses", body: requestBody } as const;
  const streamSpec = { ...spec, body: { ...requestBody, stream: true } };
  return [
    {
      name: "oaikit core",
      json: () => request(client, spec),
      async stream() {
        let events = 0;
        for await (const _event of requestStream(client, streamSpec)) events++;
        return events;
      },
    },
    {
      name: "core forEach",
      async stream() {
        let events = 0;
        await requestStream(client, streamSpec).forEach(() => {
          events++;
        });
        return events;
      },
    },
    {
      // The helper as people use it: the whole stream taken in for its final response.
      name: "responses finalResponse",
      async stream() {
        let events = 0;
        const stream = streamResponse(client, requestBody).on("response.completed", (event) => {
          events = event.sequence_number + 1;
        });
        await stream.finalResponse();
        return events;
      },
    },
    {
      name: "responses textStream",
      async stream() {
        // Every event but three at the start and four at the end is a text delta.
        let events = 7;
        for await (const _text of streamResponse(client, requestBody).textStream) events++;
        return events;
      },
    },
  ];
};
