/** True on a web page (a window with a document), where keys leak and User-Agent is forbidden. */
export const isBrowser = (): boolean => {
  const g = globalThis as { window?: unknown; document?: unknown };
  return typeof g.window !== "undefined" && typeof g.document !== "undefined";
};
