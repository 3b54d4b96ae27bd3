import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** One row of tools/codegen/operations.json, as far as the conformance run reads it. */
export interface OperationEntry {
  operationId: string;
  package: string;
  function: string;
  method: string;
  /** The spec's path key, with any fixed query (`/responses?beta=true`). */
  path: string;
  route: string;
  fixedQuery: Record<string, string> | null;
  streaming: { function: string; flag: { in: "body" | "query"; name: string } } | null;
  pagination: { param: string } | null;
  bodyType: "json" | "multipart" | "sdp" | null;
  response: "json" | "binary" | "text" | "empty";
  auth: "admin" | null;
}

const codegenFile = (name: string): string =>
  fileURLToPath(new URL(`../../../codegen/${name}`, import.meta.url));

const readJson = (file: string): any => JSON.parse(readFileSync(file, "utf8"));

/** The committed, structure-only spec snapshot, so the run needs no checkout of the full spec. */
export const loadSnapshot = (): any => readJson(codegenFile("spec/openapi.snapshot.json"));

/** Every operation the generator emitted a function for. */
export const loadOperations = (): { count: number; operations: OperationEntry[] } => {
  const { count, operations } = readJson(codegenFile("operations.json"));
  return { count, operations };
};
