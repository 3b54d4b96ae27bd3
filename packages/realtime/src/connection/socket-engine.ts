import {
  APIError,
  APIUserAbortError,
  type ClientConfig,
  type LogLevel,
  ValidationError,
} from "@oaikit/core";
import { RealtimeError, RealtimeServerError } from "../errors/realtime-error.js";
import { redact } from "../socket/redact.js";
import type { OpenTransport, Transport } from "../socket/transport.js";
import { ACK_RULES } from "./acks.js";
import { createFanout } from "./event-fanout.js";
import type { RealtimeReconnectOptions, RealtimeSocket } from "./types.js";

type AnyEvent = { type: string } & Record<string, any>;

interface Pending {
  id: string;
  event: AnyEvent;
  resolve: (event: AnyEvent | undefined) => void;
  reject: (error: Error) => void;
}

/** What a connection kind adds to the engine: conversation state and how to restore it. */
export interface EngineHooks<Report> {
  /** Sees every server event before anyone else. */
  observe?(event: AnyEvent): void;
  /** Sees every client event as it is written. */
  sent?(event: AnyEvent): void;
  /** Restores the session on a fresh connection; throws to count the attempt as failed. */
  restore?(context: RestoreContext, attempt: number, cause: RealtimeError): Promise<Report>;
  /** Runs once per drop, before the first reconnect attempt. */
  dropped?(cause: RealtimeError): void;
}

export interface RestoreContext {
  /** Sends on the new connection, bypassing the queue that holds callers' sends. */
  send(event: AnyEvent): Promise<AnyEvent | undefined>;
  /** The new connection's `session.created`. */
  created: Promise<AnyEvent>;
}

export interface EngineInit<Report> {
  config: ClientConfig;
  open: OpenTransport;
  secrets: string[];
  signal?: AbortSignal | undefined;
  reconnect?: RealtimeReconnectOptions<Report> | boolean | undefined;
  heartbeat?: { timeoutMs: number } | undefined;
  hooks: EngineHooks<Report>;
}

const levels: LogLevel[] = ["off", "error", "warn", "info", "debug"];
const noop = () => {};

/** Close codes and refusals after which reconnecting cannot help. */
const isFinal = (error: unknown): boolean =>
  error instanceof APIUserAbortError ||
  error instanceof ValidationError ||
  (error instanceof APIError &&
    error.status < 500 &&
    error.status !== 408 &&
    error.status !== 429) ||
  (error instanceof RealtimeError &&
    [1000, 1002, 1003, 1007, 1008, 1009, 1010].includes(error.code));

let counter = 0;
const eventId = () =>
  `evt_${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/** Resolved reconnect settings. */
const reconnectPolicy = <Report>(option: EngineInit<Report>["reconnect"]) => {
  if (!option) return undefined;
  const o = option === true ? {} : option;
  const policy = {
    maxAttempts: o.maxAttempts ?? 5,
    initialDelayMs: o.initialDelayMs ?? 500,
    maxDelayMs: o.maxDelayMs ?? 8000,
  };
  for (const [field, value] of Object.entries(policy)) {
    if (!Number.isFinite(value) || value < 0) {
      throw new ValidationError(`reconnect.${field}`, `reconnect.${field} must be a number >= 0.`);
    }
  }
  return { ...policy, onReconnecting: o.onReconnecting, onReconnected: o.onReconnected };
};

/**
 * The connection machinery shared by every Realtime connection kind: typed event delivery,
 * sends correlated with their acknowledgement or error, heartbeat, close, abort and reconnect.
 */
export const startEngine = async <Report>(init: EngineInit<Report>) => {
  const { config, hooks, secrets } = init;
  const policy = reconnectPolicy(init.reconnect);
  const heartbeatMs = init.heartbeat?.timeoutMs;
  if (heartbeatMs !== undefined && !(Number.isFinite(heartbeatMs) && heartbeatMs > 0)) {
    throw new ValidationError("heartbeat.timeoutMs", "heartbeat.timeoutMs must be a number > 0.");
  }
  const log = (level: "warn" | "error", message: string) => {
    if (levels.indexOf(level) <= levels.indexOf(config.logLevel)) {
      config.logger[level](`oaikit: ${redact(message, secrets)}`);
    }
  };

  const fanout = createFanout<AnyEvent>();
  const handlers = new Map<string, Set<(event: any) => void>>();
  const waiters = new Set<{
    test: (event: AnyEvent) => boolean;
    settle: (event?: AnyEvent, error?: Error) => void;
  }>();
  let pending: Pending[] = [];
  /**
   * Sends that were unanswered when the socket dropped. The session that might have handled them
   * is gone, so they go out again, in order, once the new session is restored.
   */
  const held: Pending[] = [];
  let status: "open" | "reconnecting" | "closed" = "open";
  let transport: Transport | undefined;
  let generation = 0;
  let lastSeen = Date.now();
  let closeRequested = false;
  let created: { promise: Promise<AnyEvent>; resolve: (event: AnyEvent) => void } | undefined;
  let ready:
    | { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void }
    | undefined;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let endError: Error | undefined;
  let resolveClosed: (error: Error | undefined) => void = noop;
  const closed = new Promise<Error | undefined>((resolve) => {
    resolveClosed = resolve;
  });
  const stop = new AbortController();

  const deferred = <T>() => {
    let resolve!: (value: T) => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.catch(noop);
    return { promise, resolve, reject };
  };

  const settle = (event: AnyEvent) => {
    if (event.type === "error") {
      const id = event.error?.event_id;
      const at = typeof id === "string" ? pending.findIndex((p) => p.id === id) : -1;
      if (at >= 0) {
        const [p] = pending.splice(at, 1);
        p!.reject(new RealtimeServerError(event.error, p!.event.type));
      }
      return;
    }
    const at = pending.findIndex((p) => {
      const rule = ACK_RULES[p.event.type];
      return rule?.types.includes(event.type) && (!rule.match || rule.match(event, p.event));
    });
    if (at >= 0) pending.splice(at, 1)[0]!.resolve(event);
  };

  const dispatch = (text: string) => {
    let event: AnyEvent;
    try {
      event = JSON.parse(text);
    } catch {
      log("warn", `Ignored a Realtime frame that is not JSON: ${text.slice(0, 120)}`);
      return;
    }
    if (event === null || typeof event !== "object" || typeof event.type !== "string") {
      log("warn", `Ignored a Realtime frame without a string \`type\`: ${text.slice(0, 120)}`);
      return;
    }
    if (event.type === "session.created") created?.resolve(event);
    hooks.observe?.(event);
    settle(event);
    for (const waiter of waiters) if (waiter.test(event)) waiter.settle(event);
    for (const key of [event.type, "*"]) {
      const set = handlers.get(key);
      if (!set) continue;
      for (const handler of set) {
        try {
          handler(event);
        } catch (error) {
          // As an EventEmitter listener's would: the handler's own bug must not be swallowed.
          queueMicrotask(() => {
            throw error;
          });
        }
      }
    }
    fanout.push(event);
  };

  /** Rejects the sends awaiting an answer on the current socket. */
  const failPending = (error: Error) => {
    const failed = pending;
    pending = [];
    for (const p of failed) p.reject(error);
  };

  const finish = (error: Error | undefined) => {
    if (status === "closed") return;
    status = "closed";
    endError = error;
    generation++;
    stop.abort();
    if (heartbeat) clearInterval(heartbeat);
    init.signal?.removeEventListener("abort", onAbort);
    const reason = error ?? new RealtimeError(1000, "", "The Realtime connection is closed.");
    failPending(reason);
    for (const p of held.splice(0)) p.reject(reason);
    for (const waiter of waiters) waiter.settle(undefined, reason);
    ready?.reject(reason);
    fanout.end(error);
    resolveClosed(error);
  };

  const dropped = (error: RealtimeError) => {
    if (status !== "open") return;
    generation++;
    transport?.terminate();
    if (closeRequested || !policy || isFinal(error)) {
      finish(closeRequested || error.code === 1000 ? undefined : error);
      return;
    }
    void reconnect(error);
  };

  const openTransport = async (signal: AbortSignal) => {
    const mine = ++generation;
    const createdNow = deferred<AnyEvent>();
    created = createdNow;
    const opened = await init.open(
      {
        message(text) {
          if (mine !== generation) return;
          lastSeen = Date.now();
          dispatch(text);
        },
        alive() {
          if (mine === generation) lastSeen = Date.now();
        },
        close(code, reason) {
          if (mine !== generation) return;
          if (status === "reconnecting") {
            // The new socket died while restoring: the attempt fails through its waiters.
            failPending(new RealtimeError(code, reason));
            createdNow.reject(new RealtimeError(code, reason));
            return;
          }
          dropped(new RealtimeError(code, reason));
        },
      },
      signal,
    );
    if (mine !== generation) {
      opened.terminate();
      throw new RealtimeError(1006, "", "The connection was replaced while opening.");
    }
    transport = opened;
    lastSeen = Date.now();
    // Wrapped: returning the promise itself would make callers wait for session.created.
    return { created: createdNow.promise };
  };

  const write = (event: AnyEvent): Promise<AnyEvent | undefined> => {
    const current = transport;
    if (!current) return Promise.reject(new RealtimeError(1006, "", "The connection is not open."));
    const full = typeof event.event_id === "string" ? event : { ...event, event_id: eventId() };
    const text = JSON.stringify(full);
    const acked = ACK_RULES[full.type] !== undefined;
    const result = acked
      ? new Promise<AnyEvent | undefined>((resolve, reject) => {
          pending.push({ id: full.event_id, event: full, resolve, reject });
        })
      : Promise.resolve(undefined);
    try {
      current.send(text);
    } catch (cause) {
      pending = pending.filter((p) => p.id !== full.event_id);
      return Promise.reject(
        new RealtimeError(1006, "", `The event could not be sent: ${(cause as Error).message}`),
      );
    }
    hooks.sent?.(full);
    return result;
  };

  const send = async (event: AnyEvent): Promise<AnyEvent | undefined> => {
    if (event === null || typeof event !== "object" || typeof event.type !== "string") {
      throw new ValidationError("event.type", "A client event is an object with a string `type`.");
    }
    while (status === "reconnecting" && ready) await ready.promise;
    if (status === "closed") {
      throw endError ?? new RealtimeError(1000, "", "The Realtime connection is closed.");
    }
    return write(event);
  };

  const reconnect = async (cause: RealtimeError) => {
    status = "reconnecting";
    ready = deferred<void>();
    held.push(...pending);
    pending = [];
    hooks.dropped?.(cause);
    let last: unknown = cause;
    for (let attempt = 1; attempt <= policy!.maxAttempts; attempt++) {
      policy!.onReconnecting?.({ attempt, error: cause });
      const base = Math.min(policy!.maxDelayMs, policy!.initialDelayMs * 2 ** (attempt - 1));
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, base / 2 + (Math.random() * base) / 2);
        stop.signal.addEventListener(
          "abort",
          () => {
            clearTimeout(timer);
            resolve();
          },
          { once: true },
        );
      });
      if ((status as string) === "closed") return;
      try {
        const { created: sessionCreated } = await openTransport(stop.signal);
        const report = await hooks.restore?.(
          { send: write, created: sessionCreated },
          attempt,
          cause,
        );
        if (status !== "reconnecting") return;
        for (const p of held.splice(0)) {
          pending.push(p);
          transport?.send(JSON.stringify(p.event));
        }
        status = "open";
        ready.resolve();
        policy!.onReconnected?.(report as Report);
        return;
      } catch (error) {
        if ((status as string) === "closed") return;
        last = error;
        generation++;
        transport?.terminate();
        transport = undefined;
        if (isFinal(error) && !(error instanceof RealtimeError)) {
          finish(error as Error);
          return;
        }
      }
    }
    const detail =
      last instanceof Error && last !== cause ? ` The last attempt failed: ${last.message}` : "";
    finish(
      new RealtimeError(
        cause.code,
        cause.reason,
        `The Realtime connection dropped (code ${cause.code}) and ${policy!.maxAttempts} reconnect attempts failed.${detail}`,
      ),
    );
  };

  const onAbort = () => {
    transport?.close(1000);
    finish(new APIUserAbortError("The Realtime connection was aborted."));
  };

  // The first connection: failures go straight to the caller, with no reconnect.
  const { created: firstCreated } = await openTransport(init.signal ?? stop.signal);
  if (init.signal?.aborted) {
    transport?.terminate();
    throw new APIUserAbortError("The Realtime connection was aborted.");
  }
  init.signal?.addEventListener("abort", onAbort);
  if (heartbeatMs !== undefined) {
    heartbeat = setInterval(
      () => {
        if (status !== "open" || !transport) return;
        const idle = Date.now() - lastSeen;
        if (idle >= heartbeatMs) {
          dropped(
            new RealtimeError(
              1006,
              "",
              `No traffic for ${heartbeatMs} ms: the connection is treated as dropped.`,
            ),
          );
        } else if (idle >= heartbeatMs / 2) {
          transport.ping?.();
        }
      },
      Math.max(10, heartbeatMs / 4),
    );
    (heartbeat as { unref?: () => void }).unref?.();
  }

  const socket: RealtimeSocket<AnyEvent, AnyEvent> = {
    [Symbol.asyncIterator]: () => fanout.iterate() as AsyncIterableIterator<any>,
    send: ((event: AnyEvent) => {
      const result = send(event);
      result.catch(noop);
      return result;
    }) as RealtimeSocket<AnyEvent, AnyEvent>["send"],
    on(type: string, handler: (event: any) => void) {
      const set = handlers.get(type) ?? new Set();
      handlers.set(type, set);
      set.add(handler);
      return () => {
        set.delete(handler);
      };
    },
    once(type: string, options?: { signal?: AbortSignal | undefined }) {
      return new Promise<any>((resolve, reject) => {
        if (status === "closed") {
          reject(endError ?? new RealtimeError(1000, "", "The Realtime connection is closed."));
          return;
        }
        const signal = options?.signal;
        const onAbortOnce = () => {
          waiters.delete(waiter);
          reject(new APIUserAbortError("Stopped waiting for the event."));
        };
        const waiter = {
          test: (event: AnyEvent) => event.type === type,
          settle: (event?: AnyEvent, error?: Error) => {
            waiters.delete(waiter);
            signal?.removeEventListener("abort", onAbortOnce);
            if (error) reject(error);
            else resolve(event);
          },
        };
        if (signal?.aborted) return onAbortOnce();
        signal?.addEventListener("abort", onAbortOnce);
        waiters.add(waiter);
      });
    },
    async close(code = 1000, reason = "") {
      if (status === "closed") return;
      if (!Number.isInteger(code) || (code !== 1000 && (code < 3000 || code > 4999))) {
        throw new ValidationError("code", "A close code is 1000 or between 3000 and 4999.");
      }
      closeRequested = true;
      if ((status as string) === "reconnecting" || !transport) {
        finish(undefined);
        return;
      }
      const current = transport;
      const ended = new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          current.terminate();
          resolve();
        }, 5000);
        void closed.then(() => {
          clearTimeout(timer);
          resolve();
        });
      });
      current.close(code, reason);
      await ended;
      finish(undefined);
    },
    get status() {
      return status;
    },
    get bufferedAmount() {
      return transport?.bufferedAmount ?? 0;
    },
    closed,
  };

  return { socket, firstCreated };
};
