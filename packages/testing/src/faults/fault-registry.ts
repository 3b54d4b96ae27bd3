import { compileRoute } from "./match-route.js";
import type {
  FaultEffect,
  FaultHandle,
  FaultRequest,
  FaultSpec,
  HttpFault,
  SocketFault,
} from "./types.js";

type Kind = NonNullable<FaultEffect["kind"]>;

const HTTP_KINDS: ReadonlySet<Kind> = new Set<Kind>([
  "status",
  "reset",
  "reset-mid-body",
  "stall",
  "cut-stream",
  "malformed-json",
  "drip",
]);
const SOCKET_KINDS: ReadonlySet<Kind> = new Set<Kind>(["status", "reset", "ws-drop", "ws-close"]);
const KINDS = new Set([...HTTP_KINDS, ...SOCKET_KINDS]);

export interface FaultRegistry {
  add(spec: FaultSpec): FaultHandle;
  /** The first live HTTP fault matching the request, consumed by one hit. */
  take(request: FaultRequest): HttpFault | undefined;
  /** The same for a Realtime WebSocket upgrade: only the kinds a socket can get. */
  takeForSocket(request: FaultRequest): SocketFault | undefined;
  clear(): void;
}

const isCount = (value: unknown): boolean =>
  value === undefined || (Number.isInteger(value) && (value as number) >= 0);

/** What a server may put in a close frame (RFC 6455 7.4; 1004-1006 and 1015 are reserved). */
const isCloseCode = (code: number): boolean =>
  (Number.isInteger(code) && code >= 1000 && code <= 1014 && ![1004, 1005, 1006].includes(code)) ||
  (Number.isInteger(code) && code >= 3000 && code <= 4999);

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
  if ((spec.kind === "ws-drop" || spec.kind === "ws-close") && !isCount(spec.afterEvents)) {
    throw new TypeError("fault(): afterEvents must be an integer >= 0");
  }
  if (spec.kind === "ws-close") {
    if (spec.code !== undefined && !isCloseCode(spec.code)) {
      throw new TypeError("fault(): code must be a close code: 1000-1003, 1007-1014 or 3000-4999");
    }
    if (spec.reason !== undefined && new TextEncoder().encode(spec.reason).length > 123) {
      throw new TypeError("fault(): reason must be at most 123 bytes of UTF-8");
    }
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
  const take = (request: FaultRequest, kinds: ReadonlySet<Kind>): FaultEffect | undefined => {
    const entry = entries.find(
      (e) => e.remaining > 0 && kinds.has(e.effect.kind ?? "status") && e.matches(request),
    );
    if (!entry) return undefined;
    entry.hits++;
    entry.remaining--;
    if (entry.remaining <= 0) entries = entries.filter((e) => e !== entry);
    return entry.effect;
  };
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
    take: (request) => take(request, HTTP_KINDS) as HttpFault | undefined,
    takeForSocket: (request) => take(request, SOCKET_KINDS) as SocketFault | undefined,
    clear() {
      entries = [];
    },
  };
};
