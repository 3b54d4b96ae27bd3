import { describe, expect, it } from "vitest";
import type { OperationName } from "../mapping/operation-names.js";
import type { PackageRule } from "../mapping/packages.js";
import type { SpecOverride } from "../mapping/spec-overrides.js";
import { buildModels } from "../model/build-models.js";
import { CodegenError } from "../model/codegen-error.js";
import { planPackages } from "./plan-packages.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ content: { "application/json": { schema } } });
const hook = (name: string) => ({
  post: { requestBody: json(ref(name)), responses: { "200": {} } },
});
const event = (type: string) => ({
  type: "object",
  properties: { id: { type: "string" }, type: { type: "string", enum: [type] } },
  required: ["id", "type"],
});

/** A small spec with each shape the corrections apply to. */
const doc = {
  openapi: "3.1.0",
  paths: {
    "/widgets": {
      post: {
        operationId: "makeWidget",
        requestBody: json(ref("WidgetRequest")),
        responses: { "200": json(ref("Widget")) },
      },
    },
    "/widgets/{id}": {
      delete: {
        operationId: "dropWidget",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "200": json({
            type: "object",
            properties: { deleted: { type: "boolean" }, id: { type: "string" } },
            required: ["deleted", "id"],
          }),
        },
      },
    },
    "/widgets/{id}/describe": {
      post: {
        operationId: "describeWidget",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        requestBody: json(ref("DescribeRequest")),
        responses: { "200": json({ oneOf: [ref("Widget"), ref("Description")] }) },
      },
    },
    "/widgets/{id}/runs": {
      post: {
        operationId: "runWidget",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        requestBody: json(ref("RunRequest")),
        responses: { "200": json(ref("Widget")) },
      },
    },
  },
  webhooks: { widget_made: hook("HookWidgetMade"), widget_dropped: hook("HookWidgetDropped") },
  components: {
    schemas: {
      Widget: { type: "object", properties: { id: { type: "string" } }, required: ["id"] },
      Description: { type: "object", properties: { text: { type: "string" } } },
      WidgetRequest: {
        type: "object",
        properties: {
          name: { type: "string" },
          secret: { type: "object", properties: { value: { type: "string" } } },
        },
        required: ["name", "secret"],
      },
      DescribeRequest: {
        type: "object",
        properties: { format: { type: "string", enum: ["json", "text"] } },
      },
      RunRequest: { type: "object", properties: { stream: { type: "boolean" } } },
      RunEvent: {
        oneOf: [
          {
            type: "object",
            properties: { event: { type: "string", enum: ["run.done"] }, data: ref("Widget") },
            required: ["event", "data"],
          },
          {
            type: "object",
            properties: { event: { type: "string", enum: ["error"] }, data: ref("Description") },
            required: ["event", "data"],
          },
          {
            type: "object",
            properties: {
              event: { type: "string", enum: ["done"] },
              data: { type: "string", enum: ["[DONE]"] },
            },
            required: ["event", "data"],
          },
        ],
      },
      HookWidgetMade: event("widget.made"),
      HookWidgetDropped: event("widget.dropped"),
    },
  },
};

const names: Record<string, OperationName> = {
  makeWidget: { fn: "createWidget", ref: "widgets/create" },
  dropWidget: { fn: "deleteWidget", ref: "widgets/delete" },
  describeWidget: { fn: "describeWidget", ref: "widgets/describe" },
  runWidget: {
    fn: "runWidget",
    ref: "widgets/run",
    stream: { fn: "streamWidgetRun", event: "RunEvent", payload: "data" },
  },
};

const rules: PackageRule[] = [
  { name: "widgets", prefixes: ["/widgets"], roots: ["widgets"], summary: "Widgets." },
  { name: "hooks", prefixes: [], roots: [], webhookUnion: "HookEvent", summary: "Hooks." },
];

const overrides: Record<string, SpecOverride> = {
  makeWidget: { reason: "the server makes the secret", optionalBodyFields: ["secret"] },
  describeWidget: { reason: "format text answers text", textResponse: true },
};

function emit(extra: Record<string, SpecOverride> = {}): Map<string, string> {
  const models = buildModels(doc, { rules, names, overrides: { ...overrides, ...extra } });
  const { files } = planPackages(doc, rules, models, "c0ffee");
  return new Map(files.map((f) => [f.path.replace(/^packages\//, ""), f.content]));
}

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof CodegenError) return error.problems;
    throw error;
  }
  return [];
}

describe("spec corrections in the generated code", () => {
  const out = emit();
  const params = out.get("widgets/src/generated/params.ts")!;
  const operations = out.get("widgets/src/generated/operations.ts")!;

  it("leaves an overridden required body field optional in the params type and schema", () => {
    expect(params).toContain(
      'export type CreateWidgetParams = Omit<WidgetRequest, "secret"> & {\n' +
        '  secret?: WidgetRequest["secret"];\n};',
    );
    const schemas = out.get("widgets/src/generated/request-schemas.ts")!;
    expect(schemas).toMatch(/name: v\.string\(\),\n\s+secret: v\.optional\(/);
    // name stays required, so the params do too.
    expect(operations).toContain("params: CreateWidgetParams,");
  });

  it("adds string to the answer of an operation the overrides say may answer text", () => {
    expect(operations).toContain("): Promise<Widget | Description | string> {");
    expect(operations).toContain("return request<Widget | Description | string>(");
  });

  it("names an inline object answer <Function>Response, declares it once and exports it", () => {
    expect(params).toContain(
      "export type DeleteWidgetResponse = {\n  deleted: boolean;\n  id: string;\n};",
    );
    expect(operations).toContain("): Promise<DeleteWidgetResponse> {");
    expect(operations).toContain("return request<DeleteWidgetResponse>(");
    expect(operations).not.toContain("deleted: boolean");
    expect(out.get("widgets/src/generated/resource.ts")).toContain("Promise<DeleteWidgetResponse>");
    expect(out.get("widgets/src/generated/index-exports.ts")).toMatch(
      /export type \{[^}]*DeleteWidgetResponse,[^}]*\} from "\.\/params\.js";/,
    );
  });

  it("leaves the [DONE] and error frames out of a data-payload stream's item type", () => {
    const type = 'Exclude<RunEvent, { event: "error" } | { data: "[DONE]" }>["data"]';
    expect(operations).toContain(`): Stream<${type}> {`);
    expect(operations).toContain(`return requestStream<${type}>(`);
  });

  it("declares a union of the webhook payloads and its v.variant schema, both exported", () => {
    expect(out.get("hooks/src/generated/webhook-event.ts")).toContain(
      "export type HookEvent = HookWidgetDropped | HookWidgetMade;",
    );
    const schema = out.get("hooks/src/generated/webhook-event-schema.ts")!;
    expect(schema).toMatch(
      /export const HookEventSchema: v\.GenericSchema<HookEvent> =\s+v\.variant\("type", \[HookWidgetDroppedSchema, HookWidgetMadeSchema\]\);/,
    );
    // v.variant takes only object schemas, so the members keep their inferred schema type.
    expect(out.get("hooks/src/generated/schemas.ts")).toContain(
      "}) satisfies v.GenericSchema<T.HookWidgetMade>;",
    );
    expect(out.get("hooks/src/generated/index-exports.ts")).toContain(
      'export type { HookEvent } from "./webhook-event.js";',
    );
    expect(out.get("hooks/src/generated/schemas-exports.ts")).toContain(
      'export { HookEventSchema } from "./webhook-event-schema.js";',
    );
  });

  it("fails on an override that no longer matches the spec", () => {
    expect(
      problemsOf(() =>
        emit({
          gone: { reason: "x", textResponse: true },
          runWidget: { reason: "x", optionalBodyFields: ["stream"] },
          dropWidget: { reason: "x", optionalBodyFields: ["name"] },
        }),
      ),
    ).toEqual([
      "dropWidget: spec-overrides.ts relaxes fields of a body it does not have",
      "runWidget: spec-overrides.ts makes stream optional, but the request schema does not require it; drop that override",
      "stale override: gone is in mapping/spec-overrides.ts but not in the spec",
    ]);
  });
});
