import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { KNOWN_SOURCE } from "./source.js";
import { type SnapshotSource, stripSpec } from "./strip-spec.js";

export interface SpecInput {
  path: string;
  /** True when the path was given on the command line rather than the default shared copy. */
  explicit: boolean;
  /** Commit to record for an explicit spec; "unknown" when absent. */
  commit?: string | undefined;
}

/**
 * Where the snapshot says it came from. The default spec must be the pinned one (a changed shared
 * copy would otherwise be recorded under the wrong commit); an explicit spec records its own hash.
 */
export function snapshotSource(bytes: Buffer, input: SpecInput): SnapshotSource {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (sha256 === KNOWN_SOURCE.sha256)
    return { ...KNOWN_SOURCE, commit: input.commit ?? KNOWN_SOURCE.commit };
  if (!input.explicit) {
    throw new Error(
      `${input.path} has sha256 ${sha256}, not the pinned ${KNOWN_SOURCE.sha256}. ` +
        "Pass it with --spec PATH (and --commit SHA) to generate from a different spec.",
    );
  }
  return { repository: KNOWN_SOURCE.repository, commit: input.commit ?? "unknown", sha256 };
}

/** Reads and strips the YAML spec; returns the snapshot document and its serialized text. */
export function buildSnapshot(input: SpecInput): { doc: any; text: string } {
  const bytes = readFileSync(input.path);
  const source = snapshotSource(bytes, input);
  const spec = parse(bytes.toString("utf8"), { maxAliasCount: -1 }) as Record<string, unknown>;
  const doc = stripSpec(spec, source);
  return { doc, text: serializeSnapshot(doc) };
}

export function serializeSnapshot(doc: unknown): string {
  return `${JSON.stringify(doc, null, 1)}\n`;
}
