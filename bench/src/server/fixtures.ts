/** Payloads shaped like the Responses API's, sized like a short real answer. */

export const requestBody = {
  model: "gpt-5.1",
  input: "Say hello in five words.",
  max_output_tokens: 64,
};

export const responseJson = JSON.stringify({
  id: "resp_bench_0001",
  object: "response",
  created_at: 1_767_000_000,
  status: "completed",
  model: "gpt-5.1",
  output: [
    {
      type: "message",
      id: "msg_bench_0001",
      status: "completed",
      role: "assistant",
      content: [{ type: "output_text", text: "Hello there, nice to meet.", annotations: [] }],
    },
  ],
  usage: { input_tokens: 12, output_tokens: 7, total_tokens: 19 },
});

const frame = (type: string, data: Record<string, unknown>): string =>
  `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;

/**
 * An event-stream body of exactly `events` events: response.created, deltas, response.completed.
 * Every event carries a JSON `data` line the clients must parse.
 */
export const sseBody = (events: number): Buffer => {
  const parts: string[] = [
    frame("response.created", {
      sequence_number: 0,
      response: { id: "resp_bench_0001", status: "in_progress", output: [] },
    }),
    // The message and its text part open before their deltas, as the API sends them (openai's
    // stream helper refuses deltas for an output it has not seen).
    frame("response.output_item.added", {
      sequence_number: 1,
      output_index: 0,
      item: {
        id: "msg_bench_0001",
        type: "message",
        role: "assistant",
        status: "in_progress",
        content: [],
      },
    }),
    frame("response.content_part.added", {
      sequence_number: 2,
      item_id: "msg_bench_0001",
      output_index: 0,
      content_index: 0,
      part: { type: "output_text", text: "", annotations: [] },
    }),
  ];
  for (let i = 3; i < events - 4; i++) {
    parts.push(
      frame("response.output_text.delta", {
        sequence_number: i,
        item_id: "msg_bench_0001",
        output_index: 0,
        content_index: 0,
        delta: " token",
        logprobs: [],
      }),
    );
  }
  const where = { item_id: "msg_bench_0001", output_index: 0, content_index: 0 };
  const text = " token".repeat(Math.max(0, events - 7));
  const part = { type: "output_text", text, annotations: [] };
  const item = {
    id: "msg_bench_0001",
    type: "message",
    role: "assistant",
    status: "completed",
    content: [part],
  };
  parts.push(
    frame("response.output_text.done", {
      sequence_number: events - 4,
      ...where,
      text,
      logprobs: [],
    }),
    frame("response.content_part.done", { sequence_number: events - 3, ...where, part }),
    frame("response.output_item.done", { sequence_number: events - 2, output_index: 0, item }),
    frame("response.completed", {
      sequence_number: events - 1,
      response: { id: "resp_bench_0001", status: "completed", output: [item] },
    }),
  );
  return Buffer.from(parts.join(""));
};
