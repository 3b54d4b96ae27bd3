import type * as v from "valibot";

/**
 * The parts of a valibot schema object the emulator walks. Valibot keeps a schema's structure
 * on the object (`entries`, `item`, `wrapped`, `options`...), and a `pipe` keeps its first
 * schema's fields, so a pipe reads like the schema it starts with.
 */
export interface SchemaNode extends v.GenericSchema {
  type: string;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  wrapped?: SchemaNode;
  options?: readonly (SchemaNode | string | number)[];
  value?: SchemaNode;
  literal?: unknown;
  getter?: (input: unknown) => SchemaNode;
  pipe?: readonly { type: string; kind: string; requirement?: unknown }[];
}

const WRAPPERS = new Set([
  "optional",
  "exact_optional",
  "nullable",
  "nullish",
  "non_optional",
  "non_nullable",
  "non_nullish",
  "undefinedable",
]);

export const OBJECT_TYPES = new Set([
  "object",
  "loose_object",
  "strict_object",
  "object_with_rest",
]);

/** The schema under optional/nullable wrappers and lazy references. */
export const unwrap = (schema: v.GenericSchema, input?: unknown): SchemaNode => {
  let node = schema as SchemaNode;
  for (;;) {
    if (WRAPPERS.has(node.type) && node.wrapped) node = node.wrapped;
    else if (node.type === "lazy" && node.getter) node = node.getter(input);
    else return node;
  }
};

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

/** The object, union and variant options of a schema, as schemas. */
export const schemaOptions = (node: SchemaNode): SchemaNode[] =>
  (node.options ?? []).filter((option): option is SchemaNode => typeof option === "object");
