export interface IdleTimer {
  /** A read is waiting for bytes: the silence that counts starts now. */
  waiting(): void;
  /** The read got its bytes; time the consumer spends on them is not silence. */
  received(): void;
  stop(): void;
}

/**
 * Calls `onIdle` once a read has waited `ms` without bytes. One timer is re-armed lazily, so
 * a busy stream costs a clock read per chunk instead of a setTimeout/clearTimeout pair.
 */
export const idleTimer = (ms: number, onIdle: () => void): IdleTimer => {
  let since = 0;
  let armed = false;
  let handle: ReturnType<typeof setTimeout> | undefined;
  const check = (): void => {
    handle = undefined;
    if (!armed) return;
    const silent = Date.now() - since;
    if (silent >= ms) onIdle();
    else handle = setTimeout(check, ms - silent);
  };
  return {
    waiting() {
      since = Date.now();
      armed = true;
      handle ??= setTimeout(check, ms);
    },
    received() {
      armed = false;
    },
    stop() {
      armed = false;
      if (handle !== undefined) clearTimeout(handle);
      handle = undefined;
    },
  };
};
