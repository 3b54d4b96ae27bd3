import type { OperationModel } from "../model/operation-model.js";

/** A JSDoc block of `lines` (an empty line stays a bare ` *`). */
export function docComment(lines: string[]): string {
  return `/**\n${lines.map((line) => (line ? ` * ${line}` : " *")).join("\n")}\n */`;
}

/** The tags every doc comment of an operation's declarations ends with, after a blank line. */
export function operationTags(op: OperationModel): string[] {
  return ["", ...(op.deprecated ? ["@deprecated Deprecated by OpenAI."] : []), `@see ${op.url}`];
}
