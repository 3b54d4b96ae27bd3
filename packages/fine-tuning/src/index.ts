// The generated list names every export explicitly; hand-written helpers add theirs below.
export * from "./generated/index-exports.js";
export { waitForFineTuningJob } from "./helpers/wait-for-fine-tuning-job.js";
