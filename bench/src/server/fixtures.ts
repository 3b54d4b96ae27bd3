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
      response: { id: "resp_bench_0001", status: "in_progress" },
    }),
  ];
  for (let i = 1; i < events - 1; i++) {
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
  parts.push(
    frame("response.completed", {
      sequence_number: events - 1,
      response: { id: "resp_bench_0001", status: "completed" },
    }),
  );
  return Buffer.from(parts.join(""));
};
