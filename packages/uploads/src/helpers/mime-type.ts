// The types the API expects for the files people upload most; anything else keeps its own.
const byExtension: Record<string, string> = {
  jsonl: "application/jsonl",
  json: "application/json",
  txt: "text/plain",
  md: "text/markdown",
  csv: "text/csv",
  pdf: "application/pdf",
  html: "text/html",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
};

/** The MIME type to declare for `filename`: from its extension, else `fallback`. */
export const mimeTypeOf = (filename: string, fallback: string): string => {
  const dot = filename.lastIndexOf(".");
  const known = dot > 0 ? byExtension[filename.slice(dot + 1).toLowerCase()] : undefined;
  return known ?? (fallback || "application/octet-stream");
};
