import { type Client, request } from "@oaikit/core";

const tools = [
  {
    type: "function",
    name: "get_weather",
    strict: false,
    parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
  },
];

const temperatures: Record<string, number> = { Paris: 21, Oslo: 4 };

/** Answers a question, letting the model call our weather tool once. */
export async function askWeather(client: Client, question: string): Promise<string> {
  const first = await request<any>(client, {
    method: "POST",
    path: "/responses",
    body: { model: "gpt-5.1", input: question, tools },
  });
  const call = first.output.find((item: any) => item.type === "function_call");
  if (!call) return first.output[0].content[0].text;
  const { city } = JSON.parse(call.arguments);
  const second = await request<any>(client, {
    method: "POST",
    path: "/responses",
    body: {
      model: "gpt-5.1",
      previous_response_id: first.id,
      input: [
        {
          type: "function_call_output",
          call_id: call.call_id,
          output: JSON.stringify({ city, celsius: temperatures[city] }),
        },
      ],
      tools,
    },
  });
  return second.output[0].content[0].text;
}
