import { createClient, request, requestStream } from "@oaikit/core";
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
  ];
};
