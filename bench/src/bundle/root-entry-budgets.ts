import type { BudgetOutcome } from "./budgets.js";
import type { BundleSize } from "./measure-bundle.js";
import type { WorkspacePackage } from "./root-entries.js";

/**
 * Gzip byte budgets of each package's whole root entry (every export bundled; issue 12), set
 * about a tenth above what it weighed when the budget was made. A package that grows past its
 * budget fails `check:size`: raise the number in the same change, saying why, or make it smaller.
 */
export const rootEntryBudgets: Record<string, number> = {
  "@oaikit/admin": 9_700,
  "@oaikit/assistants": 10_200,
  "@oaikit/audio": 11_000,
  // +600: its waitFor helper and core's poll (issue 15).
  "@oaikit/batches": 6_400,
  "@oaikit/chat": 12_200,
  "@oaikit/chatkit": 6_000,
  "@oaikit/completions": 9_100,
  "@oaikit/containers": 7_300,
  "@oaikit/conversations": 6_000,
  "@oaikit/core": 12_700,
  "@oaikit/embeddings": 4_200,
  // +600: its waitFor helper and core's poll (issue 15).
  "@oaikit/evals": 6_800,
  "@oaikit/files": 7_100,
  // +600: its waitFor helper and core's poll (issue 15).
  "@oaikit/fine-tuning": 6_800,
  "@oaikit/graders": 4_300,
  "@oaikit/images": 9_500,
  "@oaikit/models": 5_800,
  "@oaikit/moderations": 5_500,
  "@oaikit/realtime": 13_500,
  "@oaikit/responses": 12_300,
  "@oaikit/skills": 7_400,
  "@oaikit/testing": 106_500,
  "@oaikit/types": 100,
  "@oaikit/uploads": 5_800,
  // +600: its waitFor helper and core's poll (issue 15).
  "@oaikit/vector-stores": 6_900,
  // +600: its waitFor helper and core's poll (issue 15).
  "@oaikit/videos": 7_900,
  "@oaikit/webhooks": 3_300,
};

const kb = (bytes: number): string => `${bytes.toLocaleString("en-US")} B`;

export const checkRootEntryBudgets = (
  sizes: Map<string, BundleSize>,
  packages: readonly WorkspacePackage[],
): BudgetOutcome => {
  const lines: string[] = [];
  const failures: string[] = [];
  const check = (ok: boolean, text: string): void => {
    lines.push(`${ok ? "ok  " : "FAIL"} ${text}`);
    if (!ok) failures.push(text);
  };
  for (const { folder, name } of packages) {
    const budget = rootEntryBudgets[name];
    const size = sizes.get(`root-${folder}`);
    if (budget === undefined) {
      check(
        false,
        `${name} has no root entry budget: add it to bench/src/bundle/root-entry-budgets.ts${size ? ` (it weighs ${kb(size.gzipBytes)} gzip)` : ""}`,
      );
    } else if (!size) {
      check(
        false,
        `${name} root entry could not be built: run \`pnpm turbo run build --filter=${name}\``,
      );
    } else {
      check(
        size.gzipBytes <= budget,
        `${name} root entry: ${kb(size.gzipBytes)} gzip (budget ${kb(budget)})`,
      );
    }
  }
  const known = new Set(packages.map((pkg) => pkg.name));
  for (const name of Object.keys(rootEntryBudgets)) {
    if (!known.has(name))
      check(false, `root entry budget for ${name}, which is no package: remove it`);
  }
  return { lines, failures };
};
