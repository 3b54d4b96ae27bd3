// The generated list names every export explicitly; hand-written helpers add theirs below.
export * from "./generated/index-exports.js";
export { waitForEvalRun } from "./helpers/wait-for-eval-run.js";
