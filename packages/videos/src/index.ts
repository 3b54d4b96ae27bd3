// The generated list names every export explicitly; hand-written helpers add theirs below.
export * from "./generated/index-exports.js";
export { waitForVideo } from "./helpers/wait-for-video.js";
