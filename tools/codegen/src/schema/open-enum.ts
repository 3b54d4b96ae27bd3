import type { Analysis } from "./analysis.js";
import type { Node, NodeOf } from "./node.js";

function isStringish(node: Node, analysis: Analysis, seen: Set<string>): boolean {
  switch (node.kind) {
    case "string":
      return true;
    case "literal":
      return node.values.every((value) => typeof value === "string");
    case "union":
      return node.options.every((option) => isStringish(option, analysis, seen));
    case "ref":
      if (seen.has(node.name)) return false;
      seen.add(node.name);
      return isStringish(analysis.node(node.name), analysis, seen);
    default:
      return false;
  }
}

function acceptsAnyString(node: Node, analysis: Analysis, seen: Set<string>): boolean {
  switch (node.kind) {
    case "string":
      return node.checks.length === 0;
    case "union":
      return node.options.some((option) => acceptsAnyString(option, analysis, seen));
    case "ref":
      if (seen.has(node.name)) return false;
      seen.add(node.name);
      return acceptsAnyString(analysis.node(node.name), analysis, seen);
    default:
      return false;
  }
}

/**
 * The spec's "open" enums: `anyOf: [{ type: string }, { enum: [...] }]` (or a `$ref` to a string
 * enum) means "these known values, or any other string the API adds later".
 */
export function isOpenEnum(union: NodeOf<"union">, analysis: Analysis): boolean {
  return (
    union.options.some((option) => option.kind === "string") &&
    union.options.some(
      (option) => option.kind !== "string" && isStringish(option, analysis, new Set()),
    )
  );
}

/**
 * The options a validator needs: once one option takes any string, the known string values
 * beside it add nothing but work.
 */
export function validatedOptions(union: NodeOf<"union">, analysis: Analysis): Node[] {
  const anyString = union.options.find((option) => acceptsAnyString(option, analysis, new Set()));
  if (anyString === undefined) return union.options;
  return union.options.filter(
    (option) => option === anyString || !isStringish(option, analysis, new Set()),
  );
}
