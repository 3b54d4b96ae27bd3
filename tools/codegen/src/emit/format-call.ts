const WIDTH = 100;

/** An object literal given by its entries; an entry may itself be a keyed object literal. */
export interface ObjectArg {
  entries: Entry[];
}

export type Entry = string | { key: string; value: ObjectArg };

/** An argument: plain text or an object literal. */
export type Arg = string | ObjectArg;

function inlineObject(arg: ObjectArg): string {
  const entries = arg.entries.map((e) =>
    typeof e === "string" ? e : `${e.key}: ${inlineObject(e.value)}`,
  );
  return `{ ${entries.join(", ")} }`;
}

function inline(arg: Arg): string {
  return typeof arg === "string" ? arg : inlineObject(arg);
}

/** `prefix{ ... }suffix` at `indent`: on one line when it fits, else one entry per line, recursively. */
function layoutObject(prefix: string, arg: ObjectArg, suffix: string, indent: string): string {
  const one = `${indent}${prefix}${inlineObject(arg)}${suffix}`;
  if (one.length <= WIDTH) return one;
  const inner = `${indent}  `;
  const lines = arg.entries.map((e) =>
    typeof e === "string" ? `${inner}${e},` : layoutObject(`${e.key}: `, e.value, ",", inner),
  );
  return `${indent}${prefix}{\n${lines.join("\n")}\n${indent}}${suffix}`;
}

/**
 * `${prefix}callee(args);` on one line when it fits in 100 columns, else one argument per line
 * (object literals broken further while they still do not fit), the repo formatter's layout.
 */
export function formatCall(prefix: string, callee: string, args: Arg[], indent = "  "): string {
  const single = `${indent}${prefix}${callee}(${args.map(inline).join(", ")});`;
  if (single.length <= WIDTH) return single;
  const inner = `${indent}  `;
  const lines = args.map((arg) =>
    typeof arg === "string" ? `${inner}${arg},` : layoutObject("", arg, ",", inner),
  );
  return `${indent}${prefix}${callee}(\n${lines.join("\n")}\n${indent});`;
}
