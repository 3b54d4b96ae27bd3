/**
 * A file name for contents that came without one. OpenAI requires a name on every upload and
 * some endpoints (audio, images) read the format from its extension, so media types whose
 * subtype is also the usual extension ("audio/wav", "image/png", "audio/x-m4a") lend it.
 */
export const defaultName = (type: string): string => {
  const match = /^(?:audio|image|video)\/(?:x-)?([a-z0-9]+)(?:;|$)/i.exec(type);
  return match ? `file.${match[1]!.toLowerCase()}` : "file";
};
