import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { runtimePins } from "../../../test-support/runtimes/versions.js";
import { repoRoot } from "./workspace.js";

const readme = readFileSync(join(repoRoot, "README.md"), "utf8");

/** The README names a runtime only where the matrix (`pnpm test:matrix`) runs it. */
const claimed = ["Node 20.19+", "Bun", "Deno", "Cloudflare workerd", "Chromium"];

it("states the Node floor that engines and streams need (20.19), nowhere a lower one", () => {
  expect(readme).not.toMatch(/Node(\.js)? ?(18|20)\+|Node(\.js)? ?>= ?(18|20)(?!\.19)/);
  const engines = JSON.parse(readFileSync(join(repoRoot, "packages/core/package.json"), "utf8"))
    .engines.node;
  expect(engines).toBe(">=20.19");
});

it("claims exactly the runtimes CI proves", () => {
  const sentence = /runs on ([^.]*(?:\.\d[^.]*)*) \(see \[Runtimes\]/.exec(
    readme.replace(/\n/g, " "),
  );
  expect(sentence?.[1], "an intro sentence 'runs on ... (see [Runtimes]'").toBeDefined();
  expect(sentence![1]!.split(/, | and /)).toEqual(claimed);
  for (const unproven of ["edge workers", "browsers", "Vercel", "Firefox", "Safari"]) {
    expect(readme).not.toContain(unproven);
  }
});

it("lists in its Runtimes table every runtime and version the matrix installs", () => {
  const start = readme.indexOf("## Runtimes");
  const section = readme.slice(start, readme.indexOf("\n## ", start + 1));
  const rows = section
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| runtime"))
    .map((line) => line.split("|").map((cell) => cell.trim()));
  const row = (label: string) => rows.find((cells) => cells[1] === label)?.join(" ") ?? "";
  for (const pin of [runtimePins["node20.19"], runtimePins.node22, runtimePins.node24]) {
    expect(row("Node")).toContain(pin.version);
  }
  expect(row("Bun")).toContain(runtimePins.bun.version);
  expect(row("Deno")).toContain(runtimePins.deno.version);
  expect(row("Cloudflare workerd")).toContain(runtimePins.workerd.version);
  expect(row("Chromium")).toContain(runtimePins.chromium.version);
  expect(rows.map((cells) => cells[1])).toEqual([
    "Node",
    "Bun",
    "Deno",
    "Cloudflare workerd",
    "Chromium",
  ]);
});
