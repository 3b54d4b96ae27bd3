import type { BundleSize } from "./measure-bundle.js";

/** Gzip byte budgets (DESIGN.md section 1: one createResponse call under 12 KB, ky included). */
export const budgets = {
  coreRequest: 11 * 1024,
  createResponse: 12 * 1024,
  /** What one generated operation may add over a bare core request. */
  perOperation: 1024,
  /**
   * What a hook-less one-call bundle may gain when the bundler does not split at `import()`
   * (esbuild's default inlines every lazy module): ky used to add 4.7 KB here.
   */
  unsplitExtra: 100,
};

const kyMarker = "onDownloadProgress";
/** A phrase of core's poller (`poll`), which a single call must not carry. */
const pollMarker = "Gave up waiting for";

/** Other operations' path segments; a tree-shaken retrieveResponse bundle holds none of them. */
export const foreignOperationMarkers = ["/input_items", "/input_tokens", "/compact", "/cancel"];

export interface BudgetOutcome {
  /** One line per check, passed or not. */
  lines: string[];
  failures: string[];
}

const kb = (bytes: number): string => `${bytes.toLocaleString("en-US")} B`;

export const checkBudgets = (sizes: Map<string, BundleSize>): BudgetOutcome => {
  const lines: string[] = [];
  const failures: string[] = [];
  const check = (ok: boolean, text: string): void => {
    lines.push(`${ok ? "ok  " : "FAIL"} ${text}`);
    if (!ok) failures.push(text);
  };

  const core = sizes.get("core-request");
  if (!core) {
    check(false, "core request bundle could not be built: run `pnpm --filter @oaikit/core build`");
    return { lines, failures };
  }
  check(
    core.gzipBytes <= budgets.coreRequest,
    `core request: ${kb(core.gzipBytes)} gzip (budget ${kb(budgets.coreRequest)})`,
  );
  // ky serves only clients with hooks, reached through @oaikit/core/hooks alone; one of its
  // option names marks its code should the root entry reach it again.
  check(
    !core.text.includes(kyMarker),
    core.text.includes(kyMarker)
      ? "core request bundle holds ky: only @oaikit/core/hooks may import it"
      : "core request bundle holds no ky (it lives in @oaikit/core/hooks)",
  );

  check(
    !core.text.includes(pollMarker),
    core.text.includes(pollMarker)
      ? "core request bundle holds the poller: poll must stay tree-shakeable out of a single call"
      : "core request bundle leaves the poller out",
  );

  const create = sizes.get("responses-create");
  const unsplit = sizes.get("responses-create-unsplit");
  const retrieve = sizes.get("responses-retrieve");
  if (!create || !unsplit || !retrieve) {
    lines.push(
      "skip @oaikit/responses is not built: createResponse and tree-shaking checks skipped",
    );
    return { lines, failures };
  }
  check(
    create.gzipBytes <= budgets.createResponse,
    `createResponse: ${kb(create.gzipBytes)} gzip (budget ${kb(budgets.createResponse)})`,
  );
  // Bundled without splitting at import(), nothing lazy may come back in: ky above all.
  check(
    unsplit.gzipBytes - create.gzipBytes <= budgets.unsplitExtra &&
      !unsplit.text.includes(kyMarker),
    `createResponse not split at import(): ${kb(unsplit.gzipBytes)} gzip, ${kb(unsplit.gzipBytes - create.gzipBytes)} over the split bundle (budget ${kb(budgets.unsplitExtra)}, no ky)`,
  );
  const added = create.gzipBytes - core.gzipBytes;
  check(
    added <= budgets.perOperation,
    `createResponse adds ${kb(added)} over a bare core request (budget ${kb(budgets.perOperation)})`,
  );
  const retrieveAdded = retrieve.gzipBytes - core.gzipBytes;
  check(
    retrieveAdded <= budgets.perOperation,
    `retrieveResponse alone adds ${kb(retrieveAdded)} over a bare core request (budget ${kb(budgets.perOperation)})`,
  );
  // A marker already in core's own bundle proves nothing about the operation, so only count new ones.
  const leaked = foreignOperationMarkers.filter(
    (marker) => retrieve.text.includes(marker) && !core.text.includes(marker),
  );
  check(
    leaked.length === 0,
    leaked.length === 0
      ? "retrieveResponse bundle holds no other operation's path"
      : `retrieveResponse bundle holds other operations' paths (${leaked.join(", ")}): @oaikit/responses is not tree-shaking`,
  );
  return { lines, failures };
};
