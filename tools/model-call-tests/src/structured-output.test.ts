import { parseChatCompletion, responseFormat, streamChatCompletion } from "@oaikit/chat";
import { type Client, createClient, OutputParseError, ValidationError } from "@oaikit/core";
import { parseResponse, streamResponse, textFormat } from "@oaikit/responses";
import { createEmulator, type Emulator } from "@oaikit/testing";
import { toStandardJsonSchema } from "@valibot/to-json-schema";
import { type } from "arktype";
import * as v from "valibot";
import { beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";

let emulator: Emulator;
let client: Client;

beforeEach(() => {
  emulator = createEmulator();
  client = createClient({ apiKey: "sk-test", fetch: emulator.fetch, logLevel: "off" });
});

interface Weather {
  city: string;
  celsius: number;
  tags: string[];
}
const weather: Weather = { city: "Paris", celsius: 21, tags: ["sunny"] };

// The same shape in each schema library.
const libraries = {
  valibot: toStandardJsonSchema(
    v.object({ city: v.string(), celsius: v.number(), tags: v.array(v.string()) }),
  ),
  zod: z.object({ city: z.string(), celsius: z.number(), tags: z.array(z.string()) }),
  arktype: type({ city: "string", celsius: "number", tags: "string[]" }),
};

const input = "Weather in Paris?";

describe.each(Object.entries(libraries))("structured outputs with %s", (_, schema) => {
  it("parseResponse sends the JSON Schema and gives outputParsed, typed and validated", async () => {
    emulator.script({ json: weather });
    const res = await parseResponse(client, {
      model: "gpt-5.1",
      input,
      text: { format: textFormat(schema, { name: "weather" }) },
    });
    expectTypeOf(res.outputParsed).toEqualTypeOf<Weather | null>();
    expect(res.outputParsed).toEqual(weather);
    expect(res.refusal).toBeNull();
    const sent = emulator.requests[0]!.body as { text: { format: Record<string, unknown> } };
    expect(sent.text.format).toMatchObject({
      type: "json_schema",
      name: "weather",
      strict: true,
      schema: {
        type: "object",
        required: expect.arrayContaining(["city", "celsius", "tags"]),
        additionalProperties: false,
      },
    });
    expect(sent.text.format.schema).not.toHaveProperty("$schema");
  });

  it("streamResponse's finalResponse() gives outputParsed too", async () => {
    emulator.script({ json: weather });
    const stream = streamResponse(client, {
      model: "gpt-5.1",
      input,
      text: { format: textFormat(schema, { name: "weather" }) },
    });
    const final = await stream.finalResponse();
    expectTypeOf(final.outputParsed).toEqualTypeOf<Weather | null>();
    expect(final.outputParsed).toEqual(weather);
  });

  it("parseChatCompletion and finalChatCompletion() give outputParsed", async () => {
    emulator.script({ json: weather }, { json: weather });
    const params = {
      model: "gpt-4o",
      messages: [{ role: "user" as const, content: input }],
      response_format: responseFormat(schema, { name: "weather" }),
    };
    const completion = await parseChatCompletion(client, params);
    expectTypeOf(completion.outputParsed).toEqualTypeOf<Weather | null>();
    expect(completion.outputParsed).toEqual(weather);
    expect(completion.choices[0]!.message.parsed).toEqual(weather);
    const streamed = await streamChatCompletion(client, params).finalChatCompletion();
    expect(streamed.outputParsed).toEqual(weather);
  });

  it("throws OutputParseError with the issue paths and the raw text", async () => {
    emulator.script({ json: { city: "Paris", celsius: "warm", tags: ["sunny", 3] } });
    const error = await parseResponse(client, {
      model: "gpt-5.1",
      input,
      text: { format: textFormat(schema, { name: "weather" }) },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputParseError);
    const { issues, text } = error as OutputParseError;
    expect(issues.map((i) => i.path).sort()).toEqual(["celsius", "tags[1]"]);
    expect(JSON.parse(text)).toEqual({ city: "Paris", celsius: "warm", tags: ["sunny", 3] });
  });
});

describe("structured outputs", () => {
  const format = () => textFormat(libraries.zod, { name: "weather" });

  it("gives a refusal as refusal, never as a parse error", async () => {
    emulator.script({ refusal: "I can't help with that." }, { refusal: "No." });
    const res = await parseResponse(client, {
      model: "gpt-5.1",
      input,
      text: { format: format() },
    });
    expect(res.refusal).toBe("I can't help with that.");
    expect(res.outputParsed).toBeNull();
    const chat = await parseChatCompletion(client, {
      model: "gpt-4o",
      messages: [{ role: "user", content: input }],
      response_format: responseFormat(libraries.zod, { name: "weather" }),
    });
    expect(chat.refusal).toBe("No.");
    expect(chat.outputParsed).toBeNull();
  });

  it("throws OutputParseError keeping the text when the output is not JSON", async () => {
    emulator.script({ text: '{"city": "Par' });
    const error = await parseResponse(client, {
      model: "gpt-5.1",
      input,
      text: { format: format() },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputParseError);
    expect((error as OutputParseError).text).toBe('{"city": "Par');
    expect((error as Error).message).toMatch(/not JSON/);
  });

  it("refuses an optional property under strict mode by name, before anything is sent", () => {
    const loose = z.object({ city: z.string(), note: z.string().optional() });
    expect(() => textFormat(loose, { name: "weather" })).toThrow(ValidationError);
    expect(() => textFormat(loose, { name: "weather" })).toThrow(/note is optional/);
    expect(textFormat(loose, { name: "weather", strict: false }).strict).toBe(false);
  });

  it("asks for a converter when a schema cannot give a JSON Schema", () => {
    const plain = v.object({ city: v.string() });
    expect(() => textFormat(plain, { name: "weather" })).toThrow(/toStandardJsonSchema/);
    const given = textFormat(plain, {
      name: "weather",
      jsonSchema: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
    });
    expect(given.schema).toMatchObject({ additionalProperties: false });
  });

  it("leaves a call without a schema format unparsed", async () => {
    emulator.script({ text: "plain" });
    const final = await streamResponse(client, { model: "gpt-5.1", input }).finalResponse();
    expect(final).not.toHaveProperty("outputParsed");
    await expect(parseResponse(client, { model: "gpt-5.1", input } as never)).rejects.toThrow(
      /textFormat/,
    );
    expect(emulator.requests).toHaveLength(1);
  });
});
