import type {
  AddProjectGroupParams,
  CreateProjectServiceAccountApiKeyParams,
  CreateProjectServiceAccountParams,
  CreateProjectUserParams,
} from "@oaikit/admin";
import type { Item } from "../../records/collection.js";
import { type Call, type Handlers, handler } from "../../router/handler.js";
import { invalidRequest } from "../../wire/api-error.js";
import { jsonReply } from "../../wire/reply.js";
import { audited } from "./audit-log.js";
import {
  groups,
  projectApiKeys,
  projectGroups,
  projectUsers,
  rateLimits,
  serviceAccounts,
  users,
} from "./resources.js";

const orgUser = (call: Call<CreateProjectUserParams>): Item => {
  const { user_id, email } = call.body;
  if (user_id) return users.find(call, user_id);
  const found = [...users.items(call).values()].find((user) => user.email === email);
  if (!found)
    throw invalidRequest("Give the user_id or email of a user of the organization.", "user_id");
  return found;
};

/** Mints a project key owned by a service account; the secret is only in this answer. */
const mintKey = (call: Call, account: Item, name: string) => {
  const value = call.state.ids.alnum("sk-svcacct-", 48);
  const key = projectApiKeys.add(call, {
    name,
    redacted_value: `${value.slice(0, 11)}****${value.slice(-4)}`,
    last_used_at: null,
    owner_project_access: "active",
    owner: {
      type: "service_account",
      service_account: {
        id: account.id,
        name: account.name,
        role: account.role,
        created_at: account.created_at,
      },
    },
    service_account_id: account.id,
  });
  return {
    object: "organization.project.service_account.api_key",
    id: key.id,
    name,
    value,
    created_at: key.created_at,
  };
};

export const projectHandlers: Handlers = {
  "create-project-user": audited(
    "user.added",
    projectUsers.create((call: Call<CreateProjectUserParams>) => {
      const user = orgUser(call);
      return { id: user.id, name: user.name, email: user.email, role: call.body.role };
    }),
  ),
  "list-project-users": projectUsers.list(),
  "retrieve-project-user": projectUsers.retrieve(),
  "modify-project-user": projectUsers.update(),
  "delete-project-user": projectUsers.remove(),

  "create-project-service-account": audited(
    "service_account.created",
    handler<CreateProjectServiceAccountParams>((call) => {
      const account = serviceAccounts.add(call, { name: call.body.name, role: "member" });
      const apiKey = call.body.create_service_account_only
        ? null
        : mintKey(call, account, "Secret Key");
      return jsonReply({ ...account, api_key: apiKey });
    }),
  ),
  "list-project-service-accounts": serviceAccounts.list(),
  "retrieve-project-service-account": serviceAccounts.retrieve(),
  "update-project-service-account": audited("service_account.updated", serviceAccounts.update()),
  "delete-project-service-account": audited(
    "service_account.deleted",
    serviceAccounts.action((account, call) => {
      serviceAccounts.items(call).delete(account.id);
      const keys = projectApiKeys.items(call);
      for (const key of keys.values())
        if (key.service_account_id === account.id) keys.delete(key.id);
      return { id: account.id, deleted: true };
    }),
    "service_account_id",
  ),
  CreateanAPIkeyforaserviceaccount: serviceAccounts.action(
    (account, call: Call<CreateProjectServiceAccountApiKeyParams>) =>
      mintKey(call, account, call.body.name ?? "Secret Key"),
  ),

  "list-project-api-keys": projectApiKeys.list(),
  "retrieve-project-api-key": projectApiKeys.retrieve(),
  "delete-project-api-key": projectApiKeys.remove(),

  "add-project-group": projectGroups.create((call: Call<AddProjectGroupParams>) => {
    const group = groups.find(call, call.body.group_id);
    return {
      id: group.id,
      group_id: group.id,
      group_name: group.name,
      group_type: group.group_type,
      project_id: call.params.project_id,
      role: call.body.role,
    };
  }),
  "list-project-groups": projectGroups.list(),
  "retrieve-project-group": projectGroups.retrieve(),
  "remove-project-group": projectGroups.remove(() => ({
    object: "project.group.deleted",
    deleted: true,
  })),

  "list-project-rate-limits": rateLimits.list(),
  "update-project-rate-limits": audited("rate_limit.updated", rateLimits.update()),
};
