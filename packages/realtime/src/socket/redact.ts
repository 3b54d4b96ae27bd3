/** Replaces every occurrence of each secret with "***", so no message can carry a key. */
export const redact = (text: string, secrets: readonly string[]): string => {
  let out = text;
  for (const secret of secrets) if (secret) out = out.split(secret).join("***");
  return out;
};
