/**
 * Shared by the schema emitter tests: writes emitted modules into a throw-away directory that
 * resolves `valibot` like the packages do, typechecks them with the repo's TypeScript, and
 * imports them.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import type { EmitContext } from "./emit-context.js";

const codegenRoot = fileURLToPath(new URL("../..", import.meta.url));
const require = createRequire(import.meta.url);

const COMPILER_OPTIONS = {
  target: "ES2022",
  lib: ["ES2022", "DOM"],
  module: "ESNext",
  moduleResolution: "bundler",
  strict: true,
  noUncheckedIndexedAccess: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  skipLibCheck: true,
  noEmit: true,
  types: [],
};

export function context(doc: unknown, importFrom: EmitContext["importFrom"] = () => undefined) {
  return { doc, importFrom, used: new Set<string>() } satisfies EmitContext;
}

/** A document holding only the given component schemas. */
export function docOf(schemas: Record<string, unknown>): {
  components: { schemas: typeof schemas };
} {
  return { components: { schemas } };
}

/** Writes `files` (relative path → text) into a fresh directory that can import valibot. */
export async function writeModules(files: Record<string, string>): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "oaikit-schema-"));
  await mkdir(join(dir, "node_modules"));
  symlinkSync(join(codegenRoot, "node_modules", "valibot"), join(dir, "node_modules", "valibot"));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({ compilerOptions: COMPILER_OPTIONS, include: ["**/*.ts"] }),
  );
  return dir;
}

export function removeModules(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Runs `tsc --noEmit` over the directory; resolves to its diagnostics ("" when clean). */
export async function typecheck(dir: string): Promise<string> {
  const tsc = require.resolve("typescript/bin/tsc");
  try {
    await promisify(execFile)(process.execPath, [tsc, "-p", join(dir, "tsconfig.json")], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return "";
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    return `${stdout ?? ""}${stderr ?? ""}` || String(error);
  }
}

export async function importModule(dir: string, path: string): Promise<Record<string, unknown>> {
  return import(/* @vite-ignore */ pathToFileURL(join(dir, path)).href);
}

/** The committed structure-only snapshot the generator reads. */
export function loadSnapshot(): any {
  return JSON.parse(readFileSync(join(codegenRoot, "spec", "openapi.snapshot.json"), "utf8"));
}
