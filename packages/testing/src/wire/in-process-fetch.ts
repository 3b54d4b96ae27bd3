import { ConnectionReset } from "./connection-reset.js";

const networkError = (message: string, cause: unknown) => new TypeError(message, { cause });

/** Forwards a body, turning resets into undici's "terminated" and honouring the abort signal. */
const guardBody = (body: ReadableStream<Uint8Array>, signal: AbortSignal | null) => {
  const reader = body.getReader();
  const onAbort = () => {
    reader.cancel(signal?.reason).catch(() => {});
  };
  return new ReadableStream<Uint8Array>({
    start() {
      signal?.addEventListener("abort", onAbort, { once: true });
    },
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (signal?.aborted) throw signal.reason;
        if (done) {
          signal?.removeEventListener("abort", onAbort);
          controller.close();
        } else controller.enqueue(value);
      } catch (error) {
        signal?.removeEventListener("abort", onAbort);
        controller.error(
          signal?.aborted
            ? signal.reason
            : error instanceof ConnectionReset
              ? networkError("terminated", error)
              : error,
        );
      }
    },
    cancel(reason) {
      signal?.removeEventListener("abort", onAbort);
      return reader.cancel(reason);
    },
  });
};

/**
 * A standard `fetch` answering from `handle` with no socket. Failures look like Node's fetch:
 * a dropped connection rejects with TypeError "fetch failed", an abort with the signal's reason.
 */
export const inProcessFetch =
  (handle: (request: Request) => Promise<Response>): typeof fetch =>
  async (input, init) => {
    const request = new Request(input, init);
    const signal = init?.signal ?? request.signal;
    if (signal?.aborted) throw signal.reason;
    let aborted: (reason: unknown) => void = () => {};
    const abortion = new Promise<never>((_, reject) => {
      aborted = reject;
    });
    const onAbort = () => aborted(signal?.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    try {
      const response = await Promise.race([handle(request), abortion]);
      if (response.body === null) return response;
      return new Response(guardBody(response.body, signal), {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    } catch (error) {
      if (error instanceof ConnectionReset) throw networkError("fetch failed", error);
      throw error;
    } finally {
      signal?.removeEventListener("abort", onAbort);
    }
  };
