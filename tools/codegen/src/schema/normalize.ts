import { mergeObjects } from "./merge-objects.js";
import type { Check, Literal, Node, NodeOf, Prop, Rest } from "./node.js";
import { componentSchema, resolvePointer, schemaRefName } from "./refs.js";

type Schema = Record<string, any>;

const UNKNOWN: Node = { kind: "unknown" };
const NULL: Node = { kind: "null" };

function isSchemaObject(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A schema made only of these keys says nothing about the value's shape. */
function isAnnotationOnly(schema: Schema): boolean {
  return Object.keys(schema).every(
    (key) =>
      key === "nullable" || key === "deprecated" || key === "default" || key.startsWith("x-"),
  );
}

/** `{ required: [...] }` alone: the spec's way to say "one of these keys must be present". */
function isRequiredOnly(value: unknown): value is { required: string[] } {
  return (
    isSchemaObject(value) &&
    Array.isArray(value.required) &&
    Object.keys(value).every((key) => key === "required" || key.startsWith("x-"))
  );
}

function makeNullable(node: Node): Node {
  if (node.kind === "unknown" || node.kind === "null" || node.kind === "nullable") return node;
  return { kind: "nullable", inner: node };
}

function literalNode(values: unknown[]): Node {
  const literals = values.filter(
    (value): value is Literal =>
      typeof value === "string" || typeof value === "number" || typeof value === "boolean",
  );
  const unique = [...new Set(literals)];
  const node: Node = unique.length === 0 ? NULL : { kind: "literal", values: unique };
  return values.includes(null) ? makeNullable(node) : node;
}

function numberChecks(schema: Schema): Check[] {
  const checks: Check[] = [];
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = schema;
  // OpenAPI 3.0 spelled exclusiveness as a boolean beside minimum/maximum; 3.1 gives the bound.
  if (typeof exclusiveMinimum === "number")
    checks.push({ kind: "gtValue", value: exclusiveMinimum });
  else if (typeof minimum === "number") {
    checks.push({ kind: exclusiveMinimum === true ? "gtValue" : "minValue", value: minimum });
  }
  if (typeof exclusiveMaximum === "number")
    checks.push({ kind: "ltValue", value: exclusiveMaximum });
  else if (typeof maximum === "number") {
    checks.push({ kind: exclusiveMaximum === true ? "ltValue" : "maxValue", value: maximum });
  }
  return checks;
}

function lengthChecks(min: unknown, max: unknown): Check[] {
  const checks: Check[] = [];
  if (typeof min === "number" && min > 0) checks.push({ kind: "minLength", value: min });
  if (typeof max === "number") checks.push({ kind: "maxLength", value: max });
  return checks;
}

function stringChecks(schema: Schema): Check[] {
  const checks = lengthChecks(schema.minLength, schema.maxLength);
  if (typeof schema.pattern === "string") checks.push({ kind: "regex", value: schema.pattern });
  return checks;
}

function sameNode(a: Node, b: Node): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Turns an OpenAPI 3.1 schema fragment (with the 3.0 leftovers this spec still has) into a Node.
 * `self` is the component being normalized, the target of `$recursiveRef: "#"`.
 */
export function normalize(schema: unknown, doc: any, self?: string): Node {
  const seenLookups = new Set<string>();

  function node(value: unknown): Node {
    if (!isSchemaObject(value)) return UNKNOWN;
    const shape = base(value);
    return value.nullable === true ? makeNullable(shape) : shape;
  }

  function base(s: Schema): Node {
    if (typeof s.$ref === "string") {
      const name = schemaRefName(s.$ref);
      if (name !== undefined) return { kind: "ref", name };
      return node(resolvePointer(doc, s.$ref));
    }
    if (s.$recursiveRef !== undefined)
      return self === undefined ? UNKNOWN : { kind: "ref", name: self };
    if (Array.isArray(s.allOf)) return allOf(s);
    const members = s.anyOf ?? s.oneOf;
    if (Array.isArray(members)) {
      if (members.length > 0 && members.every(isRequiredOnly)) {
        return exclusive(s, requiredVariants(s, members));
      }
      return union(s, members);
    }
    if ("const" in s) return literalNode([s.const]);
    if (Array.isArray(s.enum)) return literalNode(s.enum);
    if (Array.isArray(s.type)) {
      return union(
        s,
        s.type.map((type: unknown) => ({ ...s, type })),
      );
    }
    return exclusive(s, typed(s));
  }

  function typed(s: Schema): Node {
    switch (s.type) {
      case "string":
        return s.format === "binary"
          ? { kind: "blob" }
          : { kind: "string", checks: stringChecks(s) };
      case "integer":
      case "number":
        return { kind: "number", integer: s.type === "integer", checks: numberChecks(s) };
      case "boolean":
        return { kind: "boolean" };
      case "null":
        return NULL;
      case "array":
        return array(s);
      case "object":
        return object(s);
      default:
        if (isSchemaObject(s.properties) || "additionalProperties" in s) return object(s);
        if ("items" in s) return array(s);
        return UNKNOWN;
    }
  }

  function array(s: Schema): Node {
    return { kind: "array", items: node(s.items), checks: lengthChecks(s.minItems, s.maxItems) };
  }

  function object(s: Schema): Node {
    const required = new Set<string>(Array.isArray(s.required) ? s.required : []);
    const props: Prop[] = Object.entries<unknown>(s.properties ?? {}).map(([name, value]) => ({
      name,
      node: node(value),
      required: required.has(name),
      deprecated: isSchemaObject(value) && value.deprecated === true,
    }));
    const checks: Check[] = [];
    if (typeof s.minProperties === "number" && s.minProperties > 0) {
      checks.push({ kind: "minEntries", value: s.minProperties });
    }
    if (typeof s.maxProperties === "number")
      checks.push({ kind: "maxEntries", value: s.maxProperties });
    const keyChecks = isSchemaObject(s.propertyNames) ? stringChecks(s.propertyNames) : [];
    return { kind: "object", props, rest: rest(s.additionalProperties), keyChecks, checks };
  }

  function rest(additional: unknown): Rest {
    if (additional === undefined) return "loose";
    if (additional === false) return "closed";
    if (
      additional === true ||
      (isSchemaObject(additional) && Object.keys(additional).length === 0)
    ) {
      return "open";
    }
    return node(additional);
  }

  /** An object whose anyOf/oneOf members each require other keys: one object shape per member. */
  function requiredVariants(s: Schema, members: Array<{ required: string[] }>): Node {
    const { anyOf: _anyOf, oneOf: _oneOf, ...rest } = s;
    const shape = typed({ type: "object", ...rest });
    if (shape.kind !== "object") return shape;
    const options = members.map(
      (member): Node => ({
        ...shape,
        props: shape.props.map((prop) =>
          member.required.includes(prop.name) ? { ...prop, required: true } : prop,
        ),
      }),
    );
    return options.length === 1
      ? options[0]!
      : { kind: "union", options, discriminator: undefined };
  }

  function exclusive(s: Schema, inner: Node): Node {
    const not = s.not;
    if (!isRequiredOnly(not) || not.required.length < 2) return inner;
    return { kind: "exclusive", inner, keys: not.required };
  }

  function union(s: Schema, members: unknown[]): Node {
    let nullable = false;
    const options: Node[] = [];
    for (const member of members) {
      let option = node(member);
      if (option.kind === "null") {
        nullable = true;
        continue;
      }
      if (option.kind === "nullable") {
        nullable = true;
        option = option.inner;
      }
      if (option.kind === "unknown") return UNKNOWN;
      if (!options.some((known) => sameNode(known, option))) options.push(option);
    }
    const discriminator = isSchemaObject(s.discriminator)
      ? (s.discriminator.propertyName as string | undefined)
      : undefined;
    const shape: Node =
      options.length === 0
        ? NULL
        : options.length === 1
          ? options[0]!
          : { kind: "union", options, discriminator };
    return nullable ? makeNullable(shape) : shape;
  }

  function allOf(s: Schema): Node {
    let nullable = false;
    const parts: Schema[] = [];
    for (const part of s.allOf as unknown[]) {
      if (!isSchemaObject(part)) continue;
      if (isAnnotationOnly(part)) {
        nullable ||= part.nullable === true;
        continue;
      }
      parts.push(part);
    }
    const { allOf: _allOf, ...own } = s;
    if (
      isSchemaObject(own.properties) ||
      Array.isArray(own.required) ||
      "additionalProperties" in own
    ) {
      parts.push({ type: "object", ...own });
    }
    const nodes = parts.map((part, index) =>
      node(
        withSiblingRequired(
          part,
          parts.filter((_, other) => other !== index),
        ),
      ),
    );
    const shape: Node =
      nodes.length === 0
        ? UNKNOWN
        : nodes.length === 1
          ? nodes[0]!
          : (mergeClosed(nodes) ?? { kind: "intersect", parts: nodes });
    return nullable ? makeNullable(shape) : shape;
  }

  function objectView(part: Node): NodeOf<"object"> | undefined {
    if (part.kind === "object") return part;
    if (part.kind !== "ref") return undefined;
    const target = normalize(componentSchema(doc, part.name), doc, part.name);
    return target.kind === "object" ? target : undefined;
  }

  /**
   * An intersection with a closed object (`additionalProperties: false`) would reject the other
   * parts' keys, so such allOf parts merge into one closed object listing every part's keys.
   */
  function mergeClosed(parts: Node[]): Node | undefined {
    const objects = parts.map(objectView);
    if (!objects.some((part) => part?.rest === "closed")) return undefined;
    if (objects.some((part) => part === undefined || typeof part.rest === "object"))
      return undefined;
    return mergeObjects(objects as NodeOf<"object">[]);
  }

  /**
   * An allOf part may require a key that another part declares (`required: ["model"]` beside a
   * `$ref` holding `model?`). Copying that declaration into the part makes the key required in
   * the intersection. Keys no part declares are spec slips and stay out of the types.
   */
  function withSiblingRequired(part: Schema, siblings: Schema[]): Schema {
    if (typeof part.$ref === "string" || !Array.isArray(part.required)) return part;
    const own = isSchemaObject(part.properties) ? part.properties : {};
    const missing = (part.required as string[]).filter((key) => !Object.hasOwn(own, key));
    if (missing.length === 0) return part;
    const properties: Schema = { ...own };
    for (const key of missing) {
      for (const sibling of siblings) {
        seenLookups.clear();
        const found = lookupProperty(sibling, key);
        if (found !== undefined) {
          properties[key] = found;
          break;
        }
      }
    }
    const sorted = Object.fromEntries(
      Object.keys(properties)
        .sort()
        .map((key) => [key, properties[key]]),
    );
    return { type: "object", ...part, properties: sorted };
  }

  function lookupProperty(s: unknown, key: string): unknown {
    if (!isSchemaObject(s)) return undefined;
    if (typeof s.$ref === "string") {
      if (seenLookups.has(s.$ref)) return undefined;
      seenLookups.add(s.$ref);
      return lookupProperty(resolvePointer(doc, s.$ref), key);
    }
    if (isSchemaObject(s.properties) && Object.hasOwn(s.properties, key)) return s.properties[key];
    for (const part of Array.isArray(s.allOf) ? s.allOf : []) {
      const found = lookupProperty(part, key);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  return node(schema);
}
