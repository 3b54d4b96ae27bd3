import type { ListCompletionsUsageParams } from "@oaikit/admin";
import type { OperationHandlers } from "../../generated/operation-handlers.js";
import type { Call } from "../../router/handler.js";
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
/** The paging fields every usage and costs list has. */
type UsageQuery = Pick<
  ListCompletionsUsageParams,
  "start_time" | "end_time" | "bucket_width" | "limit" | "page"
>;

const usagePage = (call: Call<UsageQuery>) => {
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
};

export const usageHandlers = {
  listAudioSpeechesUsage: usagePage,
  listAudioTranscriptionsUsage: usagePage,
  listCodeInterpreterSessionsUsage: usagePage,
  listCompletionsUsage: usagePage,
  listCosts: usagePage,
  listEmbeddingsUsage: usagePage,
  listFileSearchCallsUsage: usagePage,
  listImagesUsage: usagePage,
  listModerationsUsage: usagePage,
  listVectorStoresUsage: usagePage,
  listWebSearchCallsUsage: usagePage,
} satisfies Partial<OperationHandlers>;
