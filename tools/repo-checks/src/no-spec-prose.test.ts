import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { repoRoot, trackedFiles } from "./workspace.js";

const specPath = join(repoRoot, "../shared/openapi/openapi.yaml");

/** Single-line prose of the spec long enough to be distinctive: descriptions and summaries. */
function specSentences(): string[] {
  const lines = readFileSync(specPath, "utf8").split("\n");
  const sentences = new Set<string>();
  for (const line of lines) {
    const match = /^\s*(?:description|summary): (["']?)(.{60,})\1$/.exec(line);
    if (match?.[2] && !match[2].startsWith("|") && !match[2].startsWith(">"))
      sentences.add(match[2]);
  }
  return [...sentences];
}

it.skipIf(!existsSync(specPath))("no committed file carries the spec's prose", () => {
  const sentences = specSentences();
  expect(sentences.length).toBeGreaterThan(100);
  const offenders: string[] = [];
  for (const file of trackedFiles()) {
    if (!existsSync(join(repoRoot, file))) continue;
    const text = readFileSync(join(repoRoot, file), "utf8");
    const hit = sentences.find((sentence) => text.includes(sentence));
    if (hit) offenders.push(`${file}: "${hit.slice(0, 60)}..."`);
  }
  expect(offenders).toEqual([]);
});
