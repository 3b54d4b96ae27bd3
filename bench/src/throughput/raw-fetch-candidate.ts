import { requestBody } from "../server/fixtures.js";
import type { Candidate } from "./candidate.js";

// The floor any client adds to: fetch, JSON, and the least SSE handling that still parses events.
export const rawFetchCandidate = (baseURL: string): Candidate => {
  const url = `${baseURL}/responses`;
  const headers = { authorization: "Bearer sk-bench", "content-type": "application/json" };
  const jsonBody = JSON.stringify(requestBody);
  const streamBody = JSON.stringify({ ...requestBody, stream: true });
  return {
    name: "raw fetch",
    async json() {
      const response = await fetch(url, { method: "POST", headers, body: jsonBody });
      return response.json();
    },
    async stream() {
      const response = await fetch(url, { method: "POST", headers, body: streamBody });
      if (!response.body) throw new Error("stream response has no body");
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let rest = "";
      let events = 0;
      for (;;) {
        const step = await reader.read();
        if (step.done) break;
        const text = rest + decoder.decode(step.value, { stream: true });
        let start = 0;
        for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
          if (text.startsWith("data: ", start)) {
            JSON.parse(text.slice(start + 6, end));
            events++;
          }
          start = end + 1;
        }
        rest = text.slice(start);
      }
      return events;
    },
  };
};
