/**
 * An environment variable, or undefined where there is no `process.env` (browsers, workers) or
 * reading it is forbidden (Deno without --allow-env throws). Empty values count as unset.
 */
export const readEnv = (name: string): string | undefined => {
  try {
    return (
      (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[
        name
      ]?.trim() || undefined
    );
  } catch {
    return undefined;
  }
};
