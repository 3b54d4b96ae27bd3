import { ValidationError } from "../errors/openai-error.js";
import type { StandardSchema } from "./standard-schema.js";

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Readies a JSON Schema for strict structured outputs, where the API wants every object closed
 * (`additionalProperties: false`) and every property required: closes open objects, and
 * refuses an optional property by name, since a model would then have to leave it out.
 */
const strictify = (node: unknown, path: string, field: string): void => {
  if (Array.isArray(node)) {
    node.forEach((item, i) => {
      strictify(item, `${path}[${i}]`, field);
    });
    return;
  }
  if (!isObject(node)) return;
  const properties = node.properties;
  if (isObject(properties)) {
    node.additionalProperties ??= false;
    const required = new Set(Array.isArray(node.required) ? node.required : []);
    const optional = Object.keys(properties).find((key) => !required.has(key));
    if (optional !== undefined) {
      throw new ValidationError(
        field,
        `${field}: strict structured outputs need every property required, but ` +
          `${path ? `${path}.` : ""}${optional} is optional: make it nullable instead, or pass strict: false.`,
      );
    }
  }
  for (const [key, child] of Object.entries(node)) {
    if (isObject(child) && (key === "properties" || key === "$defs" || key === "definitions")) {
      for (const [name, schema] of Object.entries(child)) {
        strictify(schema, key === "properties" && path ? `${path}.${name}` : name, field);
      }
    } else strictify(child, path, field);
  }
};

/**
 * The JSON Schema to send for `schema`: the one given, or the one the schema's Standard JSON
 * Schema converter makes (zod 4, arktype, valibot through `toStandardJsonSchema`). `field`
 * names the option in errors.
 */
export const jsonSchemaOf = (
  schema: StandardSchema,
  options: { field: string; strict: boolean; jsonSchema?: JsonObject | undefined },
): JsonObject => {
  const { field } = options;
  // arktype's schemas are functions; the others are objects.
  const standard = schema == null ? undefined : (schema as Partial<StandardSchema>)["~standard"];
  if (!isObject(standard)) {
    throw new ValidationError(
      field,
      `${field}: expected a Standard Schema (valibot, zod 4, arktype...), got ${schema === null ? "null" : typeof schema}.`,
    );
  }
  let json = options.jsonSchema;
  if (!json) {
    const converter = schema["~standard"].jsonSchema;
    if (!converter) {
      throw new ValidationError(
        field,
        `${field}: this ${schema["~standard"].vendor} schema cannot give a JSON Schema. ` +
          "Wrap a valibot schema with toStandardJsonSchema from @valibot/to-json-schema, " +
          "or pass the JSON Schema as the jsonSchema option.",
      );
    }
    json = converter.output({ target: "draft-2020-12" });
  }
  // A fresh copy: the caller's schema object is never changed.
  const { $schema: _, ...copy } = structuredClone(json);
  if (options.strict) strictify(copy, "", field);
  return copy;
};
