const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * The session configuration after an update, merged the way the server merges `session.update`:
 * nested objects field by field, anything else (arrays included) replaced.
 */
export const mergeSession = (
  base: Record<string, unknown>,
  update: Record<string, unknown>,
): Record<string, unknown> => {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(update)) {
    const current = merged[key];
    merged[key] =
      isPlainObject(current) && isPlainObject(value) ? mergeSession(current, value) : value;
  }
  return merged;
};
