import { paginationSection } from "./pagination.js";
import { realtimeSection } from "./realtime.js";
import { requestSection } from "./request.js";
import { retrySection } from "./retry.js";
import type { DemoSection } from "./section.js";
import { streamSection } from "./stream.js";
import { structuredOutputSection } from "./structured-output.js";
import { toolLoopSection } from "./tool-loop.js";
import { typedErrorSection } from "./typed-error.js";
import { webhooksSection } from "./webhooks.js";

/** The tour, in order: one line per section. */
export const sections: DemoSection[] = [
  requestSection,
  retrySection,
  streamSection,
  structuredOutputSection,
  toolLoopSection,
  paginationSection,
  typedErrorSection,
  webhooksSection,
  realtimeSection,
];
