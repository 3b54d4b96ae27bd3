import * as v from "valibot";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectRefs } from "./collect-refs.js";
import { emitTypeModule } from "./emit-types.js";
import { emitValibotModule } from "./emit-valibot.js";
import {
  context,
  importModule,
  loadSnapshot,
  removeModules,
  typecheck,
  writeModules,
} from "./test-harness.js";

/**
 * Every component of the real spec, split like the generator splits them: the components a
 * Response needs in a "shared" module, all others in a "package" module importing from it.
 */
let doc: any;
let components: string[];
let files: Record<string, string>;
let dir: string;
let schemas: Record<string, v.GenericSchema>;

beforeAll(async () => {
  doc = loadSnapshot();
  components = Object.keys(doc.components.schemas);
  const shared = collectRefs(doc, [{ $ref: "#/components/schemas/Response" }]);
  const sharedList = components.filter((name) => shared.has(name));
  const packageList = components.filter((name) => !shared.has(name));
  const from = (module: string) => (name: string) =>
    shared.has(name) ? `../shared/${module}.js` : undefined;
  files = {
    "shared/types.ts": emitTypeModule(sharedList, context(doc)),
    "shared/schemas.ts": emitValibotModule(sharedList, context(doc)),
    "package/types.ts": emitTypeModule(packageList, context(doc, from("types"))),
    "package/schemas.ts": emitValibotModule(packageList, context(doc, from("schemas"))),
  };
  dir = await writeModules(files);
  schemas = {
    ...((await importModule(dir, "shared/schemas.ts")) as typeof schemas),
    ...((await importModule(dir, "package/schemas.ts")) as typeof schemas),
  };
}, 60_000);

afterAll(() => removeModules(dir));

function parse(name: string, value: unknown) {
  const result = v.safeParse(schemas[`${name}Schema`]!, value);
  return result.success ? "ok" : result.issues.map((issue) => v.getDotPath(issue) ?? "").join(", ");
}

const message = {
  type: "message",
  id: "msg_1",
  role: "assistant",
  status: "completed",
  content: [{ type: "output_text", text: "Hello", annotations: [], logprobs: [] }],
};

const response = {
  id: "resp_1",
  object: "response",
  created_at: 1741476542,
  status: "completed",
  model: "gpt-5",
  error: null,
  incomplete_details: null,
  instructions: null,
  metadata: {},
  parallel_tool_calls: true,
  temperature: 1,
  top_p: 1,
  tool_choice: "auto",
  tools: [],
  output: [
    { type: "reasoning", id: "rs_1", summary: [] },
    message,
    {
      type: "function_call",
      id: "fc_1",
      call_id: "call_1",
      name: "get_weather",
      arguments: '{"city":"Paris"}',
      status: "completed",
    },
  ],
  usage: {
    input_tokens: 10,
    input_tokens_details: { cached_tokens: 0, cache_write_tokens: 0 },
    output_tokens: 5,
    output_tokens_details: { reasoning_tokens: 0 },
    total_tokens: 15,
  },
  field_added_later: { kept: true },
};

const chatCompletion = {
  id: "chatcmpl-1",
  object: "chat.completion",
  created: 1741476542,
  model: "gpt-4o-2024-08-06",
  choices: [
    {
      index: 0,
      finish_reason: "tool_calls",
      logprobs: null,
      message: {
        role: "assistant",
        content: null,
        refusal: null,
        tool_calls: [{ id: "call_1", type: "function", function: { name: "f", arguments: "{}" } }],
      },
    },
  ],
  usage: { prompt_tokens: 12, completion_tokens: 3, total_tokens: 15 },
};

describe("schemas for every component of the spec", () => {
  it("emit one declaration per component, split across the two modules", () => {
    const count = (text: string) => text.match(/^export (const|type|interface) /gm)?.length ?? 0;
    expect(count(files["shared/types.ts"]!) + count(files["package/types.ts"]!)).toBe(
      components.length,
    );
    expect(Object.keys(schemas)).toHaveLength(components.length);
  });

  it("typecheck, valibot annotations agreeing with the TypeScript types", async () => {
    expect(await typecheck(dir)).toBe("");
  }, 180_000);

  it("carry no spec prose: the only comments are @deprecated markers", () => {
    const ours = new Set(["/** @deprecated */", "/**\n * @deprecated Deprecated by OpenAI.\n */"]);
    for (const text of Object.values(files)) {
      const blocks = text.match(/\/\*[\s\S]*?\*\//g) ?? [];
      expect(blocks.filter((block) => !ours.has(block))).toEqual([]);
      expect(text).not.toMatch(/^\s*\/\//m);
    }
  });

  it("import the shared module's declarations instead of repeating them", () => {
    const pkg = files["package/schemas.ts"]!;
    expect(pkg).toMatch(
      /^import \{[^}]*\bMetadataSchema\b[^}]*\} from "\.\.\/shared\/schemas\.js";/m,
    );
    expect(pkg).not.toMatch(/^export const MetadataSchema\b/m);
  });

  it("come out identical on a second run", () => {
    const names = components.slice(0, 400);
    expect(
      emitValibotModule(
        names,
        context(doc, () => "elsewhere"),
      ),
    ).toBe(
      emitValibotModule(
        names,
        context(doc, () => "elsewhere"),
      ),
    );
    expect(
      emitTypeModule(
        names,
        context(doc, () => "elsewhere"),
      ),
    ).toBe(
      emitTypeModule(
        names,
        context(doc, () => "elsewhere"),
      ),
    );
  });

  it("accept a Response with reasoning, output_text and function_call items, and new fields", () => {
    expect(parse("Response", response)).toBe("ok");
  });

  it("reject a Response whose message lacks its content or has an unknown status", () => {
    const broken = { ...response, output: [{ ...message, content: undefined }] };
    expect(parse("Response", broken)).not.toBe("ok");
    expect(parse("Response", { ...response, status: "exploded" })).toBe("status");
  });

  it("accept a chat completion with tool calls and reject one without choices", () => {
    expect(parse("CreateChatCompletionResponse", chatCompletion)).toBe("ok");
    const { choices: _choices, ...withoutChoices } = chatCompletion;
    expect(parse("CreateChatCompletionResponse", withoutChoices)).toBe("choices");
  });

  it("tell stream events apart by their type", () => {
    const delta = {
      type: "response.output_text.delta",
      item_id: "msg_1",
      output_index: 0,
      content_index: 0,
      delta: "Hel",
      logprobs: [],
      sequence_number: 3,
    };
    expect(parse("ResponseStreamEvent", delta)).toBe("ok");
    expect(parse("ResponseStreamEvent", { ...delta, type: "response.output_text.later" })).toBe(
      "type",
    );
    expect(
      parse("ResponseStreamEvent", { type: "response.completed", sequence_number: 9, response }),
    ).toBe("ok");
  });

  it("accept a CreateResponse request with easy and typed input items, rejecting a bad role", () => {
    const request = {
      model: "gpt-5",
      input: [
        { role: "user", content: "What is the weather in Paris?" },
        { type: "function_call_output", call_id: "call_1", output: '{"temp":21}' },
        { type: "item_reference", id: "msg_1" },
      ],
      tools: [{ type: "function", name: "get_weather", parameters: {}, strict: true }],
    };
    expect(parse("CreateResponse", request)).toBe("ok");
    const badRole = { ...request, input: [{ role: "robot", content: "beep" }] };
    expect(parse("CreateResponse", badRole)).not.toBe("ok");
  });
});
