import type { Handlers } from "../../router/handler.js";
import { accessHandlers } from "./access-handlers.js";
import { listAuditLogs } from "./audit-log.js";
import { certificateHandlers } from "./certificate-handlers.js";
import { organizationHandlers } from "./organization-handlers.js";
import { projectHandlers } from "./project-handlers.js";
import { settingsHandlers } from "./settings-handlers.js";
import { usageHandlers } from "./usage-handlers.js";

/** Everything under /organization and /projects, for admin keys. */
export const adminHandlers: Handlers = {
  ...organizationHandlers,
  ...accessHandlers,
  ...projectHandlers,
  ...certificateHandlers,
  ...settingsHandlers,
  ...usageHandlers,
  "list-audit-logs": listAuditLogs,
};
