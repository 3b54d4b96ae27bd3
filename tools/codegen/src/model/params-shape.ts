import { deref } from "../schema/refs.js";
import type { OperationModel } from "./operation-model.js";
import { propertiesOf } from "./schema-utils.js";

export interface ParamField {
  key: string;
  schema: unknown;
  required: boolean;
}

export interface ParamsShape {
  /** The request body schema the params extend, with the stream flag taken out when `omit` is set. */
  body?:
    | {
        schema: unknown;
        omit?: { flag: string; exclude?: string | boolean };
        /** Fields the schema requires that the params leave optional. */
        optional?: string[];
      }
    | undefined;
  /** Path, query and header fields (and the raw `sdp` offer) beside the body's own fields. */
  fields: ParamField[];
  /** Whether a call must pass params at all. */
  required: boolean;
}

/**
 * What the params object of one generated function holds. The streaming variant drops the stream
 * flag (the function sets it); the plain variant keeps the flag but excludes the value that would
 * turn the answer into a stream, so its declared return type stays true.
 */
export function paramsShape(op: OperationModel, variant: "plain" | "stream"): ParamsShape {
  const flag = op.stream?.flag;
  const fields: ParamField[] = op.params
    .filter((p) => !(flag?.in === "query" && p.field === flag.name))
    .map((p) => ({ key: p.field, schema: p.schema, required: p.required }));
  let body: ParamsShape["body"];
  let bodyRequired = false;
  if (op.body?.type === "sdp") {
    fields.push({ key: "sdp", schema: op.body.schema, required: true });
  } else if (op.body) {
    bodyRequired = op.body.required;
    body = { schema: op.body.schema };
    if (flag?.in === "body") {
      body.omit =
        variant === "stream" ? { flag: flag.name } : { flag: flag.name, exclude: flag.value };
    }
    if (op.body.optional) body.optional = op.body.optional;
  }
  return { body, fields, required: bodyRequired || fields.some((f) => f.required) };
}

/**
 * The body schema with `fields` no longer required, for the params schema of a body whose spec
 * requires fields a request does not send. Only the schema's own `required` list is rewritten.
 */
export function relaxedBodySchema(doc: any, bodySchema: unknown, fields: string[]): unknown {
  const { required, ...rest } = deref(doc, bodySchema);
  const kept: string[] = (required ?? []).filter((field: string) => !fields.includes(field));
  return kept.length > 0 ? { ...rest, required: kept } : rest;
}

/**
 * A schema for the flag values the plain variant still accepts: `false`/null for `stream`, the
 * other enum members for `stream_format`.
 */
export function remainingFlagSchema(
  doc: any,
  bodySchema: unknown,
  flag: string,
  exclude: string | boolean,
): unknown {
  if (typeof exclude === "boolean")
    return { anyOf: [{ type: "boolean", enum: [!exclude] }, { type: "null" }] };
  const prop = deref(doc, propertiesOf(doc, bodySchema)[flag]);
  const values = Array.isArray(prop?.enum) ? prop.enum.filter((v: unknown) => v !== exclude) : [];
  return { type: "string", enum: values };
}
