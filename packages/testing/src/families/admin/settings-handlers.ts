import type {
  CreateSpendAlertParams,
  UpdateDataRetentionParams,
  UpdateProjectHostedToolPermissionsParams,
} from "@oaikit/admin";
import type { Item } from "../../records/collection.js";
import type { Resource } from "../../records/resource.js";
import { defineSingleton } from "../../records/singleton.js";
import type { Call, Handlers } from "../../router/handler.js";
import { handler } from "../../router/handler.js";
import { jsonReply } from "../../wire/reply.js";
import { projectSpendAlerts, projects, spendAlerts } from "./resources.js";

const retention = (parent?: Resource) =>
  defineSingleton({
    label: "data retention",
    parent,
    initial: () => ({ type: parent ? "organization_default" : "zero_data_retention" }),
  });

const spendLimit = (parent?: Resource) => defineSingleton({ label: "spend limit", parent });

const TOOLS = ["code_interpreter", "file_search", "image_generation", "mcp", "web_search"] as const;

const modelPermissions = defineSingleton({
  label: "model permissions",
  parent: projects,
  initial: () => ({ mode: "deny_list", model_ids: [] }),
});

const toolPermissions = defineSingleton({
  label: "hosted tool permissions",
  parent: projects,
  initial: () => Object.fromEntries(TOOLS.map((tool) => [tool, { enabled: true }])),
});

const setRetention = (item: Item, { body }: Call<UpdateDataRetentionParams>) => {
  item.type = body.retention_type;
};

const setLimit = (item: Item, { body }: Call) => {
  Object.assign(item, {
    currency: body.currency,
    interval: body.interval,
    threshold_amount: body.threshold_amount,
    enforcement: { status: "active" },
  });
};

const orgRetention = retention();
const projectRetention = retention(projects);
const orgLimit = spendLimit();
const projectLimit = spendLimit(projects);

const alertFields = ({ body }: Call<CreateSpendAlertParams>) => ({
  currency: body.currency,
  interval: body.interval,
  threshold_amount: body.threshold_amount,
  notification_channel: body.notification_channel,
});

export const settingsHandlers: Handlers = {
  "retrieve-organization-data-retention": orgRetention.retrieve(),
  "update-organization-data-retention": orgRetention.update(setRetention),
  "retrieve-project-data-retention": projectRetention.retrieve(),
  "update-project-data-retention": projectRetention.update(setRetention),

  Getorganizationspendlimit: orgLimit.retrieve(),
  Updateorganizationspendlimit: orgLimit.update(setLimit),
  Deleteorganizationspendlimit: orgLimit.remove(),
  Getprojectspendlimit: projectLimit.retrieve(),
  Updateprojectspendlimit: projectLimit.update(setLimit),
  Deleteprojectspendlimit: projectLimit.remove(),

  "retrieve-project-model-permissions": modelPermissions.retrieve(),
  "update-project-model-permissions": modelPermissions.update(),
  "delete-project-model-permissions": modelPermissions.remove(),
  "retrieve-project-hosted-tool-permissions": toolPermissions.retrieve(),
  "update-project-hosted-tool-permissions": handler<UpdateProjectHostedToolPermissionsParams>(
    (call) => {
      const current = toolPermissions.get(call)!;
      for (const tool of TOOLS) {
        const update = call.body[tool];
        if (update) current[tool] = { enabled: update.enabled };
      }
      const { id: _, ...permissions } = current;
      return jsonReply(permissions);
    },
  ),

  "create-organization-spend-alert": spendAlerts.create(alertFields),
  "list-organization-spend-alerts": spendAlerts.list(),
  "retrieve-organization-spend-alert": spendAlerts.retrieve(),
  "update-organization-spend-alert": spendAlerts.update(),
  "delete-organization-spend-alert": spendAlerts.remove(),
  "create-project-spend-alert": projectSpendAlerts.create(alertFields),
  "list-project-spend-alerts": projectSpendAlerts.list(),
  "retrieve-project-spend-alert": projectSpendAlerts.retrieve(),
  "update-project-spend-alert": projectSpendAlerts.update(),
  "delete-project-spend-alert": projectSpendAlerts.remove(),
};
