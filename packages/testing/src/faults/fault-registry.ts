import { compileRoute } from "./match-route.js";
import type { FaultEffect, FaultHandle, FaultRequest, FaultSpec } from "./types.js";

const KINDS = new Set([
  "status",
  "reset",
  "reset-mid-body",
  "stall",
  "cut-stream",
  "malformed-json",
  "drip",
]);

export interface FaultRegistry {
  add(spec: FaultSpec): FaultHandle;
  /** The first live fault matching the request, consumed by one hit. */
  take(request: FaultRequest): FaultEffect | undefined;
  clear(): void;
}

const check = (spec: FaultSpec): void => {
  const kind = spec.kind ?? "status";
  if (!KINDS.has(kind)) {
    throw new TypeError(`fault(): unknown kind "${kind}"; use one of ${[...KINDS].join(", ")}`);
  }
  if (spec.kind === undefined || spec.kind === "status") {
    if (!Number.isInteger(spec.status) || spec.status < 100 || spec.status > 599) {
      throw new TypeError("fault(): status must be an HTTP status code between 100 and 599");
    }
  }
  if (spec.kind === "stall" && !(Number.isFinite(spec.ms) && spec.ms >= 0)) {
    throw new TypeError("fault(): a stall needs ms, a finite number >= 0");
  }
  const times = spec.times ?? 1;
  if (!(times === Number.POSITIVE_INFINITY || (Number.isInteger(times) && times > 0))) {
    throw new TypeError("fault(): times must be a positive integer or Infinity");
  }
};

export const createFaultRegistry = (): FaultRegistry => {
  interface Entry {
    matches: (request: FaultRequest) => boolean;
    effect: FaultEffect;
    hits: number;
    remaining: number;
  }
  let entries: Entry[] = [];
  return {
    add(spec) {
      check(spec);
      const { route, times, ...effect } = spec;
      const entry: Entry = {
        matches: compileRoute(route),
        effect: effect as FaultEffect,
        hits: 0,
        remaining: times ?? 1,
      };
      entries.push(entry);
      return {
        get hits() {
          return entry.hits;
        },
        get remaining() {
          return entry.remaining;
        },
        remove: () => {
          entries = entries.filter((e) => e !== entry);
        },
      };
    },
    take(request) {
      const entry = entries.find((e) => e.remaining > 0 && e.matches(request));
      if (!entry) return undefined;
      entry.hits++;
      entry.remaining--;
      if (entry.remaining <= 0) entries = entries.filter((e) => e !== entry);
      return entry.effect;
    },
    clear() {
      entries = [];
    },
  };
};
