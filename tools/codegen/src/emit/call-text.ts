/** An object literal given by its entries; an entry may itself be a keyed object literal. */
export interface ObjectArg {
  entries: Entry[];
}

export type Entry = string | { key: string; value: ObjectArg };

/** An argument: plain text or an object literal. */
export type Arg = string | ObjectArg;

function argText(arg: Arg): string {
  if (typeof arg === "string") return arg;
  const entries = arg.entries.map((e) =>
    typeof e === "string" ? e : `${e.key}: ${argText(e.value)}`,
  );
  return `{ ${entries.join(", ")} }`;
}

/** `  ${prefix}callee(args);` on one line: the formatter run over the output breaks it. */
export function callText(prefix: string, callee: string, args: Arg[]): string {
  return `  ${prefix}${callee}(${args.map(argText).join(", ")});`;
}
