import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * `pnpm typecheck` is what stops a handler from going missing, being written twice or taking
 * another operation's params: these compile the handler table with one family file edited the
 * way such a mistake would edit it, and expect the compiler to refuse it.
 */
const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const TABLE = at("./operation-handlers.ts");
const CONTAINERS = at("../families/containers/containers.ts");
const COMPLETIONS = at("../families/completions/completions.ts");

const config = ts.getParsedCommandLineOfConfigFile(
  at("../../tsconfig.json"),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
    },
  },
);
if (!config) throw new Error("cannot read packages/testing/tsconfig.json");

let previous: ts.Program | undefined;

/** The compiler's errors for the table with `edits` applied (file -> its new text). */
const errorsWith = (edits: Record<string, string>): string[] => {
  const host = ts.createCompilerHost(config.options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, onError, fresh) => {
    const edited = edits[fileName];
    return edited === undefined
      ? read(fileName, language, onError, fresh)
      : ts.createSourceFile(fileName, edited, language);
  };
  const program = ts.createProgram({
    rootNames: [TABLE],
    options: config.options,
    host,
    oldProgram: previous,
  });
  previous = program;
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file ? `${diagnostic.file.fileName.split("/src/").at(-1)}: ` : "";
    return where + ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
  });
};

/** The file's text with `from` replaced once by `to`; fails when `from` is not there. */
const edit = (file: string, from: string, to: string): string => {
  const text = readFileSync(file, "utf8");
  expect(text).toContain(from);
  return text.replace(from, to);
};

describe("the handler table's type check", { timeout: 180_000 }, () => {
  it("passes as the families are written", () => {
    expect(errorsWith({})).toEqual([]);
  });

  it("fails when an operation loses its handler", () => {
    const removed = edit(CONTAINERS, "  deleteContainerFile: containerFiles.remove(),\n", "");
    const errors = errorsWith({ [CONTAINERS]: removed });
    expect(errors).toEqual([
      expect.stringMatching(/^router\/operation-handlers\.ts: .*deleteContainerFile/s),
    ]);
  });

  it("fails when two families handle the same operation", () => {
    const doubled = edit(
      COMPLETIONS,
      "} satisfies Partial<OperationHandlers>;",
      '  createEmbedding: () => {\n    throw new Error("twice");\n  },\n} satisfies Partial<OperationHandlers>;',
    );
    const errors = errorsWith({ [COMPLETIONS]: doubled });
    expect(errors).toEqual([
      expect.stringMatching(/^router\/operation-handlers\.ts: .*handledTwice.*"createEmbedding"/s),
    ]);
  });

  it("fails when a handler is written for another operation's params", () => {
    const mistyped = edit(
      CONTAINERS,
      "  createContainer: (call) => {",
      // The params of createFile, not of createContainer.
      "  createContainer: (call: Call<{ file: Blob; purpose: string }>) => {",
    );
    const errors = errorsWith({ [CONTAINERS]: mistyped });
    expect(errors[0]).toMatch(
      /^families\/containers\/containers\.ts: .*is not assignable to type 'Handler<CreateContainer/s,
    );
    const elsewhere = errors.filter(
      (error) =>
        !error.startsWith("families/containers/containers.ts: ") &&
        !error.startsWith("router/operation-handlers.ts: "),
    );
    expect(elsewhere).toEqual([]);
  });
});
