/**
 * The schema shapes both emitters render. Normalizing once keeps the TypeScript types and the
 * valibot schemas in agreement about every OpenAPI quirk (nullable leftovers, open enums,
 * required-only variants, allOf required lists).
 */

export type Check =
  | {
      kind: "minLength" | "maxLength" | "minValue" | "maxValue" | "gtValue" | "ltValue";
      value: number;
    }
  | { kind: "minEntries" | "maxEntries"; value: number }
  | { kind: "regex"; value: string };

export type Literal = string | number | boolean;

export interface Prop {
  name: string;
  node: Node;
  required: boolean;
  deprecated: boolean;
}

/**
 * What an object says about keys it does not list: "loose" (nothing said), "open"
 * (`additionalProperties: true` or `{}`), "closed" (`false`), or a schema every other value matches.
 */
export type Rest = "loose" | "open" | "closed" | Node;

export type Node =
  | { kind: "unknown" }
  | { kind: "null" }
  | { kind: "boolean" }
  | { kind: "string"; checks: Check[] }
  | { kind: "number"; integer: boolean; checks: Check[] }
  | { kind: "blob" }
  | { kind: "literal"; values: Literal[] }
  | { kind: "ref"; name: string }
  | { kind: "array"; items: Node; checks: Check[] }
  | { kind: "object"; props: Prop[]; rest: Rest; keyChecks: Check[]; checks: Check[] }
  | { kind: "union"; options: Node[]; discriminator: string | undefined }
  | { kind: "intersect"; parts: Node[] }
  | { kind: "nullable"; inner: Node }
  /** `not: { required: [...] }`: the listed keys must not all be present together. */
  | { kind: "exclusive"; inner: Node; keys: string[] };

export type NodeOf<K extends Node["kind"]> = Extract<Node, { kind: K }>;
