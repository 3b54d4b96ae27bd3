/** Events held for the first iterator until it starts, so none is missed right after connect. */
const EARLY_LIMIT = 1024;

interface Subscriber<T> {
  queue: T[];
  wake: (() => void) | undefined;
}

/**
 * Hands every event to each async iterator created from it. Each iterator sees the events that
 * arrive after it was created; the first one also gets those that arrived before it (at most
 * 1,024, the oldest dropped first). Ends every iterator with `end()`, or makes each throw.
 */
export const createFanout = <T>() => {
  const subscribers = new Set<Subscriber<T>>();
  let early: T[] | undefined = [];
  let ending: { error: unknown } | undefined;

  const push = (event: T) => {
    if (early) {
      early.push(event);
      if (early.length > EARLY_LIMIT) early.shift();
    }
    for (const subscriber of subscribers) {
      subscriber.queue.push(event);
      subscriber.wake?.();
    }
  };

  const end = (error?: unknown) => {
    if (ending) return;
    ending = { error };
    for (const subscriber of subscribers) subscriber.wake?.();
  };

  const iterate = (): AsyncIterableIterator<T> => {
    const subscriber: Subscriber<T> = { queue: early ?? [], wake: undefined };
    early = undefined;
    subscribers.add(subscriber);
    let index = 0;
    const finish = (): IteratorReturnResult<undefined> => {
      subscribers.delete(subscriber);
      subscriber.queue = [];
      return { done: true, value: undefined };
    };
    const iterator: AsyncIterableIterator<T> = {
      async next(): Promise<IteratorResult<T>> {
        for (;;) {
          if (index < subscriber.queue.length) {
            const value = subscriber.queue[index++] as T;
            // Compact now and then rather than shift() per event.
            if (index > 256 && index * 2 > subscriber.queue.length) {
              subscriber.queue = subscriber.queue.slice(index);
              index = 0;
            }
            return { done: false, value };
          }
          if (!subscribers.has(subscriber)) return finish();
          if (ending) {
            finish();
            if (ending.error !== undefined) throw ending.error;
            return { done: true, value: undefined };
          }
          await new Promise<void>((resolve) => {
            subscriber.wake = resolve;
          });
          subscriber.wake = undefined;
        }
      },
      async return() {
        return finish();
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  };

  return { push, end, iterate };
};
