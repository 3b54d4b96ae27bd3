import type { EmulatorState } from "../emulator/state.js";
import type { BodyFault, FaultEffect, StatusFault } from "../faults/types.js";
import { operationTable } from "../generated/operation-table.js";
import { fillDefaults } from "../schemas/fill-defaults.js";
import { responseSchema } from "../schemas/operation-schemas.js";
import { ApiError, errorForStatus } from "../wire/api-error.js";
import { checkAuth } from "../wire/auth.js";
import { ConnectionReset } from "../wire/connection-reset.js";
import { redactHeaders, redactQuery } from "../wire/redact-credentials.js";
import { errorReply, type Reply } from "../wire/reply.js";
import { toResponse } from "../wire/to-response.js";
import { compileRoute, type Match, matchPath } from "./match-path.js";
import { operationHandlers } from "./operation-handlers.js";
import { describeBody, readBody } from "./read-body.js";
import { type RawRequest, validateParams } from "./validate-params.js";

export interface Router {
  /** Answers one HTTP request; throws ConnectionReset when a fault drops the connection. */
  handle(request: Request): Promise<Response>;
  /** Runs one operation without auth, faults or recording (batches call the API this way). */
  invoke(method: string, path: string, body: unknown): Promise<{ status: number; body: unknown }>;
}

const routes = operationTable.map((operation) =>
  compileRoute(operation, operationHandlers[operation.function]),
);

const invalidUrl = (method: string, pathname: string) =>
  new ApiError(404, `Invalid URL (${method} ${pathname})`);

const isStatusFault = (fault: FaultEffect | undefined): fault is StatusFault =>
  fault !== undefined && (fault.kind === undefined || fault.kind === "status");

const statusFaultReply = (fault: StatusFault): Reply => {
  const headers = fault.headers ?? {};
  if (fault.body === undefined) return { ...errorReply(errorForStatus(fault.status)), headers };
  if (typeof fault.body === "string") {
    const body = new TextEncoder().encode(fault.body);
    return { kind: "bytes", status: fault.status, body, contentType: "text/plain", headers };
  }
  return { kind: "json", status: fault.status, body: fault.body, headers };
};

/** A 2xx JSON answer completed to the operation's generated response schema. */
const conform = (match: Match, reply: Reply): Reply => {
  if (reply.kind !== "json" || reply.status >= 300) return reply;
  const schema = responseSchema(match.route.operation);
  return schema ? { ...reply, body: fillDefaults(schema, reply.body) } : reply;
};

const run = async (
  state: EmulatorState,
  match: Match,
  raw: Omit<RawRequest, "params">,
  signal: AbortSignal,
): Promise<Reply> => {
  const { operation, handler } = match.route;
  const checked = validateParams(operation, { ...raw, params: match.params });
  const reply = await handler({
    state,
    operation,
    params: match.params,
    query: raw.query,
    body: checked.params,
    streaming: checked.streaming,
    signal,
  });
  return conform(match, reply);
};

const isForm = (request: Request) =>
  (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");

export const createRouter = (state: EmulatorState): Router => {
  const answer = async (request: Request, started: number): Promise<Response> => {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    // A request refused for its key or URL is answered without its body being read: a client
    // sending a large body with a wrong key costs the emulator nothing.
    const denied = checkAuth(request.headers, state.options.auth);
    let match: Match | undefined;
    let requestError: ApiError | undefined = denied;
    try {
      match = matchPath(routes, method, url);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      requestError ??= error;
    }
    state.rateLimits.countRequest();
    const headers = () => ({
      ...state.rateLimits.headers(),
      "x-request-id": state.requestIds.hex("req_", 32),
      "openai-version": "2020-10-01",
      "openai-processing-ms": String(Math.max(1, Math.round(performance.now() - started))),
    });
    let body: unknown;
    if (requestError || !match) void request.body?.cancel().catch(() => {});
    else {
      try {
        body = await readBody(request, state.options.maxBodyBytes);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        requestError = error;
      }
    }
    const log = state.requests;
    log.push({
      method,
      path: url.pathname,
      query: redactQuery(url.searchParams),
      headers: redactHeaders(request.headers),
      body: describeBody(body),
      operationId: match?.route.operation.operationId,
    });
    if (log.length > state.options.requestLog) log.splice(0, log.length - state.options.requestLog);
    const fault = state.faults.take({
      method,
      path: url.pathname,
      operationId: match?.route.operation.operationId,
    });
    if (fault?.kind === "reset") throw new ConnectionReset("connection reset by a fault");
    if (fault?.kind === "stall" && fault.afterEvents === undefined) {
      await state.timers.sleep(fault.ms, request.signal);
    }
    if (isStatusFault(fault)) {
      return toResponse(statusFaultReply(fault), headers(), undefined, state.timers);
    }
    const bodyFault = fault as BodyFault | undefined;
    let reply: Reply;
    try {
      if (requestError) throw requestError;
      if (!match) throw invalidUrl(method, url.pathname);
      const raw = { query: url.searchParams, body, form: isForm(request) };
      reply = await run(state, match, raw, request.signal);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      reply = errorReply(error);
    }
    return toResponse(reply, headers(), bodyFault, state.timers);
  };

  return {
    handle: (request) => answer(request, performance.now()),
    async invoke(method, path, body) {
      const url = new URL(path, "http://emulator.invalid");
      const match = matchPath(routes, method, url);
      try {
        if (!match) throw invalidUrl(method, url.pathname);
        const controller = new AbortController();
        const raw = { query: url.searchParams, body, form: false };
        const reply = await run(state, match, raw, controller.signal);
        if (reply.kind !== "json") {
          throw new ApiError(400, `${method} ${url.pathname} cannot run in a batch.`);
        }
        return { status: reply.status, body: reply.body };
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        return { status: error.status, body: error.toBody() };
      }
    },
  };
};
