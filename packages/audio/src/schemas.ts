// A subpath of its own, so importing a function never pulls valibot into a bundle.
export * from "./generated/schemas-exports.js";
