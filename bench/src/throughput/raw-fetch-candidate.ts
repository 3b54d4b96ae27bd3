import { requestBody } from "../server/fixtures.js";
import type { Candidate } from "./candidate.js";

/** Parses the `data` of every complete line in `text`; returns the unfinished tail. */
const splitLines = (text: string, onEvent: (payload: unknown) => void): string => {
  let start = 0;
  for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
    if (text.startsWith("data: ", start)) onEvent(JSON.parse(text.slice(start + 6, end)));
    start = end + 1;
  }
  return text.slice(start);
};

const readerOf = (response: Response): ReadableStreamDefaultReader<Uint8Array> => {
  if (!response.body) throw new Error("stream response has no body");
  return response.body.getReader();
};

/**
 * The same split handed out through an async iterator: a promise and a microtask per event, as
 * any `for await` over a stream pays them, and nothing more. It is the floor for `for await`,
 * as raw fetch's plain loop is the floor for a callback.
 */
const eachEvent = (response: Response): AsyncIterableIterator<unknown> => {
  const reader = readerOf(response);
  const decoder = new TextDecoder();
  let rest = "";
  let queue: unknown[] = [];
  let index = 0;
  let done = false;
  const fill = async (): Promise<IteratorResult<unknown>> => {
    while (index >= queue.length) {
      if (done) return { done: true, value: undefined };
      const step = await reader.read();
      if (step.done) done = true;
      else {
        queue = [];
        index = 0;
        rest = splitLines(rest + decoder.decode(step.value, { stream: true }), (payload) =>
          queue.push(payload),
        );
      }
    }
    return { done: false, value: queue[index++] };
  };
  return {
    next: () =>
      index < queue.length ? Promise.resolve({ done: false, value: queue[index++] }) : fill(),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
};

// The floor any client adds to: fetch, JSON, and the least SSE handling that still parses events.
export const rawFetchCandidates = (baseURL: string): Candidate[] => {
  const url = `${baseURL}/responses`;
  const headers = { authorization: "Bearer sk-bench", "content-type": "application/json" };
  const jsonBody = JSON.stringify(requestBody);
  const streamBody = JSON.stringify({ ...requestBody, stream: true });
  const open = () => fetch(url, { method: "POST", headers, body: streamBody });
  return [
    {
      name: "raw fetch",
      async json() {
        const response = await fetch(url, { method: "POST", headers, body: jsonBody });
        return response.json();
      },
      async stream() {
        const reader = readerOf(await open());
        const decoder = new TextDecoder();
        let rest = "";
        let events = 0;
        const count = () => {
          events++;
        };
        for (let step = await reader.read(); !step.done; step = await reader.read()) {
          rest = splitLines(rest + decoder.decode(step.value, { stream: true }), count);
        }
        return events;
      },
    },
    {
      name: "raw + for await",
      async stream() {
        let events = 0;
        for await (const _payload of eachEvent(await open())) events++;
        return events;
      },
    },
  ];
};
