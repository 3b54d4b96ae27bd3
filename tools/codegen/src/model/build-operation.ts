import { referenceUrl } from "../mapping/reference-url.js";
import type { SpecOverride } from "../mapping/spec-overrides.js";
import { deref, refName } from "../schema/refs.js";
import type { Placement } from "./assign-homes.js";
import { routeOf } from "./assign-homes.js";
import type {
  BodyModel,
  OperationModel,
  ParamModel,
  ResponseModel,
  StreamModel,
} from "./operation-model.js";
import { detectPagination } from "./pagination.js";
import { hasBinary, propertiesOf, requiredOf } from "./schema-utils.js";

const JSON_TYPE = "application/json";
const MULTIPART_TYPE = "multipart/form-data";
const SDP_TYPE = "application/sdp";
const SSE_TYPE = "text/event-stream";

function parameters(doc: any, placement: Placement, problems: string[]): ParamModel[] {
  const merged = new Map<string, any>();
  for (const p of [
    ...(placement.raw.pathItem.parameters ?? []),
    ...(placement.raw.operation.parameters ?? []),
  ]) {
    const resolved = deref(doc, p);
    if (resolved?.in === "cookie") continue;
    merged.set(`${resolved.in}:${resolved.name}`, resolved);
  }
  const out: ParamModel[] = [];
  for (const p of merged.values()) {
    const field =
      p.in === "header"
        ? (p.schema?.["x-stainless-param"] ??
          p.name.replace(/-([a-z])/g, (_: string, c: string) => c.toUpperCase()))
        : p.name.replace(/\[\]$/, "");
    if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(field)) {
      problems.push(
        `${placement.raw.operationId}: parameter "${p.name}" gives no usable field name`,
      );
      continue;
    }
    out.push({
      field,
      wire: p.name,
      in: p.in,
      required: p.in === "path" || p.required === true,
      schema: p.schema ?? {},
    });
  }
  const order = { path: 0, query: 1, header: 2 };
  return out.sort((a, b) => order[a.in] - order[b.in]);
}

/**
 * The body the generated function sends. A multipart form wins over JSON when it can carry a file
 * (the JSON twin of such forms takes only references to files the API already has); a raw SDP
 * offer is sent as `application/sdp`.
 */
function body(doc: any, placement: Placement): BodyModel | undefined {
  const content = placement.raw.operation.requestBody?.content;
  if (!content) return undefined;
  const pick = (type: BodyModel["type"], schema: unknown): BodyModel => ({
    type,
    schema,
    required: requiredOf(doc, schema).length > 0,
  });
  if (content[SDP_TYPE]) return { type: "sdp", schema: content[SDP_TYPE].schema, required: true };
  const multipart = content[MULTIPART_TYPE]?.schema;
  const json = content[JSON_TYPE]?.schema;
  if (multipart !== undefined && (json === undefined || hasBinary(doc, multipart))) {
    return pick("multipart", multipart);
  }
  if (json !== undefined) return pick("json", json);
  return undefined;
}

function successContent(operation: any): Record<string, any> | undefined {
  const codes = Object.keys(operation.responses ?? {})
    .filter((code) => /^2\d\d$/.test(code))
    .sort();
  const first = codes[0];
  return first === undefined ? undefined : (operation.responses[first].content ?? {});
}

/**
 * JSON objects are parsed; audio, video, archives and file downloads (a JSON "string" body is how
 * the spec spells the raw bytes of `/files/{id}/content`) come back as the raw Response; SDP as
 * text; a body-less success as void.
 */
function response(doc: any, placement: Placement): ResponseModel {
  const content = successContent(placement.raw.operation) ?? {};
  const types = Object.keys(content).filter((type) => type !== SSE_TYPE);
  if (types.length === 0) {
    return placement.raw.method === "GET" ? { kind: "binary" } : { kind: "empty" };
  }
  if (types.includes(SDP_TYPE)) return { kind: "text" };
  if (types.some((type) => type !== JSON_TYPE)) return { kind: "binary" };
  const schema = content[JSON_TYPE].schema;
  const resolved = deref(doc, schema);
  if (resolved?.type === "string") return { kind: "binary" };
  return schema === undefined ? { kind: "empty" } : { kind: "json", schema };
}

function streamModel(
  doc: any,
  placement: Placement,
  params: ParamModel[],
  bodyModel: BodyModel | undefined,
  problems: string[],
): StreamModel | undefined {
  const { raw, name } = placement;
  const sse = successContent(raw.operation)?.[SSE_TYPE]?.schema;
  const bodyProps =
    bodyModel && bodyModel.type !== "sdp" ? propertiesOf(doc, bodyModel.schema) : {};
  const capable =
    sse !== undefined ||
    "stream" in bodyProps ||
    params.some((p) => p.in === "query" && p.field === "stream");
  if (!capable) {
    if (name.stream)
      problems.push(`${raw.operationId}: has a stream name but the spec cannot stream it`);
    return undefined;
  }
  if (!name.stream) {
    problems.push(
      `no stream name: ${raw.operationId} can stream; give it stream.fn in mapping/operation-names.ts`,
    );
    return undefined;
  }
  const event = name.stream.event ?? refName(sse);
  if (event === undefined || doc.components?.schemas?.[event] === undefined) {
    problems.push(`${raw.operationId}: no event schema for ${name.stream.fn}`);
    return undefined;
  }
  const flag = name.stream.flag ?? { in: "body" as const, name: "stream", value: true };
  const present =
    flag.in === "body"
      ? flag.name in bodyProps
      : params.some((p) => p.in === "query" && p.field === flag.name);
  if (!present)
    problems.push(`${raw.operationId}: stream flag "${flag.name}" is not a ${flag.in} field`);
  return {
    fn: name.stream.fn,
    event,
    payload: name.stream.payload,
    flag,
    helper: name.stream.helper,
  };
}

/** The body with the fields an override names left optional; the fields must be required now. */
function relaxBody(
  doc: any,
  bodyModel: BodyModel | undefined,
  fields: string[],
  operationId: string,
  problems: string[],
): BodyModel | undefined {
  if (fields.length === 0) return bodyModel;
  if (!bodyModel || bodyModel.type === "sdp") {
    problems.push(`${operationId}: spec-overrides.ts relaxes fields of a body it does not have`);
    return bodyModel;
  }
  // Only the schema's own list: the params emitters rebuild that list, not ones inside allOf.
  const own: unknown[] = deref(doc, bodyModel.schema)?.required ?? [];
  const stale = fields.filter((field) => !own.includes(field));
  if (stale.length > 0) {
    problems.push(
      `${operationId}: spec-overrides.ts makes ${stale.join(", ")} optional, but the request ` +
        "schema does not require it; drop that override",
    );
  }
  const required = requiredOf(doc, bodyModel.schema).filter((field) => !fields.includes(field));
  return { ...bodyModel, required: required.length > 0, optional: fields };
}

/**
 * The answer type with an override's text form added, and a `<Function>Response` name for a JSON
 * body the spec spells inline, so the type is declared once instead of repeated at every use.
 */
function finishResponse(
  model: ResponseModel,
  fn: string,
  paged: boolean,
  override: SpecOverride | undefined,
  operationId: string,
  problems: string[],
): ResponseModel {
  if (model.kind !== "json") {
    if (override?.textResponse)
      problems.push(`${operationId}: spec-overrides.ts adds text to a ${model.kind} response`);
    return model;
  }
  if (override?.textResponse)
    return { kind: "json", schema: { anyOf: [model.schema, { type: "string" }] } };
  const inline = refName(model.schema) === undefined && (model.schema as any)?.type === "object";
  if (!inline || paged) return model;
  return { ...model, name: `${fn[0]!.toUpperCase()}${fn.slice(1)}Response` };
}

function fixedQuery(specPath: string): Record<string, string> {
  const index = specPath.indexOf("?");
  if (index === -1) return {};
  return Object.fromEntries(new URLSearchParams(specPath.slice(index + 1)));
}

/** Everything the emitters need to know about one operation. */
export function buildOperation(
  doc: any,
  placement: Placement,
  problems: string[],
  override?: SpecOverride | undefined,
): OperationModel {
  const { raw, rule, name } = placement;
  const params = parameters(doc, placement, problems);
  const bodyModel = relaxBody(
    doc,
    body(doc, placement),
    override?.optionalBodyFields ?? [],
    raw.operationId,
    problems,
  );
  if (bodyModel && bodyModel.type !== "sdp") {
    const fields = propertiesOf(doc, bodyModel.schema);
    for (const p of params) {
      if (p.field in fields)
        problems.push(`${raw.operationId}: parameter "${p.field}" is also a body field`);
    }
  }
  const responseModel = response(doc, placement);
  const queryNames = params.filter((p) => p.in === "query").map((p) => p.field);
  const pagination =
    responseModel.kind === "json"
      ? detectPagination(doc, raw.method, queryNames, responseModel.schema)
      : null;
  return {
    operationId: raw.operationId,
    package: rule.name,
    fn: name.fn,
    ref: name.ref,
    root: placement.root,
    url: referenceUrl(name.ref),
    method: raw.method,
    specPath: raw.specPath,
    route: routeOf(raw.specPath),
    fixedQuery: fixedQuery(raw.specPath),
    deprecated: raw.operation.deprecated === true,
    auth: rule.auth,
    params,
    body: bodyModel,
    response: finishResponse(
      responseModel,
      name.fn,
      pagination !== null,
      override,
      raw.operationId,
      problems,
    ),
    pagination,
    stream: streamModel(doc, placement, params, bodyModel, problems),
  };
}
