import type { FileLike } from "./file-like.js";

/**
 * Tells file contents apart from the plain objects and arrays of a body. Duck-typed on purpose:
 * Blobs, Responses and streams from another realm or polyfill fail `instanceof`.
 */
export const isFileLike = (value: unknown): value is FileLike => {
  if (typeof value !== "object" || value === null) return false;
  if (value instanceof Blob || value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
    return true;
  }
  const v = value as Record<PropertyKey, unknown>;
  return (
    typeof v.arrayBuffer === "function" ||
    typeof v.getReader === "function" ||
    typeof v.blob === "function" ||
    typeof v[Symbol.asyncIterator] === "function"
  );
};
