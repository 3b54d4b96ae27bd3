import type { SmokeCase } from "../types.js";
import { clientCreation } from "./client-creation.js";
import { jsonCall } from "./json-call.js";
import { multipartUpload } from "./multipart-upload.js";
import { pagination } from "./pagination.js";
import { realtimeSession } from "./realtime-session.js";
import { retryAfter503 } from "./retry-after-503.js";
import { stream } from "./stream.js";
import { typedError } from "./typed-error.js";
import { webhookVerify } from "./webhook-verify.js";

/** Every smoke case, in the order each runtime runs them. Add a case here, one line. */
export const allCases: readonly SmokeCase[] = [
  clientCreation,
  jsonCall,
  stream,
  pagination,
  multipartUpload,
  typedError,
  retryAfter503,
  webhookVerify,
  realtimeSession,
];
