/** A problem in the spec or the hand-kept mapping; the message lists every offending operation. */
export class CodegenError extends Error {
  constructor(readonly problems: string[]) {
    super(`Code generation failed:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "CodegenError";
  }
}
