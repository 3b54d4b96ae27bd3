/**
 * Where a webhook handler records the `webhook-id`s it has taken on, so a redelivery is
 * acknowledged without being handled again. Back it with Redis (`SET id 1 NX EX ttl` / `DEL`), a
 * database, or anything shared when several processes receive webhooks.
 */
export interface WebhookSeenStore {
  /** Records `id`; resolves `false` when it was already recorded (a redelivery). */
  add(id: string): boolean | Promise<boolean>;
  /** Forgets `id`, so a redelivery is handled again (the handler threw). */
  delete(id: string): unknown;
}

export interface MemorySeenStoreOptions {
  /** How long an id is remembered. Default 72 hours, how long OpenAI keeps redelivering. */
  ttlSeconds?: number;
  /** The most ids held; the oldest are forgotten first. Default 10,000. */
  maxEntries?: number;
  /** The clock, in ms since the epoch; default `Date.now`. */
  now?: () => number;
}

/**
 * An in-process `WebhookSeenStore`: ids expire after `ttlSeconds`. It protects one process only;
 * serverless isolates and several replicas each get their own.
 */
export const createMemorySeenStore = (options: MemorySeenStoreOptions = {}): WebhookSeenStore => {
  const ttl = (options.ttlSeconds ?? 72 * 3600) * 1000;
  const max = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  if (!(ttl > 0) || !(max > 0)) {
    throw new TypeError("ttlSeconds and maxEntries must be positive numbers");
  }
  // Insertion order is expiry order (one ttl for all), so the oldest entries sit first.
  const expiries = new Map<string, number>();
  return {
    add(id) {
      const time = now();
      for (const [old, expiry] of expiries) {
        if (expiry > time) break;
        expiries.delete(old);
      }
      if (expiries.has(id)) return false;
      if (expiries.size >= max) expiries.delete(expiries.keys().next().value!);
      expiries.set(id, time + ttl);
      return true;
    },
    delete: (id) => expiries.delete(id),
  };
};
