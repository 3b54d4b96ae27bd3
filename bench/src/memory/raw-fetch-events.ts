import { requestBody } from "../server/fixtures.js";

/** The floor: fetch plus the least line splitting that still parses every event's JSON. */
export async function* rawFetchEvents(baseURL: string): AsyncGenerator<unknown> {
  const response = await fetch(`${baseURL}/responses`, {
    method: "POST",
    headers: { authorization: "Bearer sk-bench", "content-type": "application/json" },
    body: JSON.stringify({ ...requestBody, stream: true }),
  });
  if (!response.body) throw new Error("stream response has no body");
  const decoder = new TextDecoder();
  let rest = "";
  for await (const chunk of response.body) {
    const text = rest + decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      if (text.startsWith("data: ", start)) yield JSON.parse(text.slice(start + 6, end));
      start = end + 1;
    }
    rest = text.slice(start);
  }
}
