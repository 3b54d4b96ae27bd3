const units: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 };

/** Go-style durations from rate-limit headers ("6m0s", "120ms", "2h3m4.5s") to milliseconds. */
export const parseDuration = (value: string | null): number | undefined => {
  // The whole value must be unit-suffixed numbers, so junk is rejected instead of half-read.
  if (!value || !/^(\d+(\.\d+)?(ms|h|m|s))+$/.test(value)) return undefined;
  let total = 0;
  for (const [, n, unit] of value.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g))
    total += Number(n) * units[unit!]!;
  return total;
};
