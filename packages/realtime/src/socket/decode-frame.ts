const decoder = /* @__PURE__ */ new TextDecoder();

/** The text of a frame as any runtime delivers it: a string, or bytes of a binary frame. */
export const frameText = (data: unknown): string => {
  if (typeof data === "string") return data;
  if (data instanceof ArrayBuffer) return decoder.decode(data);
  if (ArrayBuffer.isView(data)) return decoder.decode(data);
  // ws hands over an array of Buffers for fragmented frames.
  if (Array.isArray(data)) return data.map(frameText).join("");
  return String(data);
};
