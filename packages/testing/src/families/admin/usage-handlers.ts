import type { ListCompletionsUsageParams } from "@oaikit/admin";
import { type Call, type Handlers, handler } from "../../router/handler.js";
import { invalidRequest } from "../../wire/api-error.js";
import { jsonReply } from "../../wire/reply.js";

const WIDTHS: Record<string, { seconds: number; limit: number; max: number }> = {
  "1m": { seconds: 60, limit: 60, max: 1440 },
  "1h": { seconds: 3_600, limit: 24, max: 168 },
  "1d": { seconds: 86_400, limit: 7, max: 31 },
};

/**
 * A usage or costs page: one bucket per `bucket_width` from `start_time` to `end_time` (default
 * now), `limit` per page, `page` an opaque cursor. The emulator does not bill, so buckets are
 * empty.
 */
const usagePage = handler((call: Call<ListCompletionsUsageParams>) => {
  const { body, state } = call;
  const width = WIDTHS[body.bucket_width ?? "1d"]!;
  const end = body.end_time ?? state.clock.seconds();
  const limit = Math.min(body.limit ?? width.limit, width.max);
  const first = body.page === undefined ? 0 : Number(body.page);
  if (!Number.isInteger(first) || first < 0) {
    throw invalidRequest(`Invalid 'page': '${body.page}' is not a page cursor.`, "page");
  }
  const data = [];
  for (let i = first; i < first + limit; i++) {
    const start = body.start_time + i * width.seconds;
    if (start >= end) break;
    data.push({
      object: "bucket",
      start_time: start,
      end_time: start + width.seconds,
      results: [],
    });
  }
  const next = first + data.length;
  const hasMore = body.start_time + next * width.seconds < end;
  return jsonReply({
    object: "page",
    data,
    has_more: hasMore,
    next_page: hasMore ? String(next) : null,
  });
});

export const usageHandlers: Handlers = Object.fromEntries(
  [
    "usage-audio-speeches",
    "usage-audio-transcriptions",
    "usage-code-interpreter-sessions",
    "usage-completions",
    "usage-costs",
    "usage-embeddings",
    "usage-file-search-calls",
    "usage-images",
    "usage-moderations",
    "usage-vector-stores",
    "usage-web-search-calls",
  ].map((operationId) => [operationId, usagePage]),
);
