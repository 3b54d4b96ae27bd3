import { Agent } from "undici";

/**
 * An undici Agent without headers/body timeouts. Node's fetch gives up waiting for headers after
 * 300 s, which would cut the client's 10-minute timeout short on slow generations; with this
 * dispatcher only the client's own `timeout` applies.
 */
export const createNodeDispatcher = (options: Agent.Options = {}): Agent =>
  new Agent({ headersTimeout: 0, bodyTimeout: 0, ...options });

/**
 * `fetchOptions` for `createClient` that route requests through `createNodeDispatcher(options)`:
 * `createClient({ fetchOptions: nodeFetchOptions() })`.
 */
export const nodeFetchOptions = (options?: Agent.Options): { dispatcher: Agent } => ({
  dispatcher: createNodeDispatcher(options),
});
