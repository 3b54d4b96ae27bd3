import type {
  AddProjectGroupParams,
  CreateProjectServiceAccountApiKeyParams,
  CreateProjectUserParams,
} from "@oaikit/admin";
import type { OperationHandlers } from "../../generated/operation-handlers.js";
import type { Item } from "../../records/collection.js";
import type { Call } from "../../router/handler.js";
import { invalidRequest } from "../../wire/api-error.js";
import { jsonReply } from "../../wire/reply.js";
import { audited } from "./audit-logs.js";
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

export const projectMembersHandlers = {
  createProjectUser: audited(
    "user.added",
    projectUsers.create((call: Call<CreateProjectUserParams>) => {
      const user = orgUser(call);
      return { id: user.id, name: user.name, email: user.email, role: call.body.role };
    }),
  ),
  listProjectUsers: projectUsers.list(),
  retrieveProjectUser: projectUsers.retrieve(),
  updateProjectUser: projectUsers.update(),
  deleteProjectUser: projectUsers.remove(),

  createProjectServiceAccount: audited("service_account.created", (call) => {
    const account = serviceAccounts.add(call, { name: call.body.name, role: "member" });
    const apiKey = call.body.create_service_account_only
      ? null
      : mintKey(call, account, "Secret Key");
    return jsonReply({ ...account, api_key: apiKey });
  }),
  listProjectServiceAccounts: serviceAccounts.list(),
  retrieveProjectServiceAccount: serviceAccounts.retrieve(),
  updateProjectServiceAccount: audited("service_account.updated", serviceAccounts.update()),
  deleteProjectServiceAccount: audited(
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
  createProjectServiceAccountApiKey: serviceAccounts.action(
    (account, call: Call<CreateProjectServiceAccountApiKeyParams>) =>
      mintKey(call, account, call.body.name ?? "Secret Key"),
  ),

  listProjectApiKeys: projectApiKeys.list(),
  retrieveProjectApiKey: projectApiKeys.retrieve(),
  deleteProjectApiKey: projectApiKeys.remove(),

  addProjectGroup: projectGroups.create((call: Call<AddProjectGroupParams>) => {
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
  listProjectGroups: projectGroups.list(),
  retrieveProjectGroup: projectGroups.retrieve(),
  removeProjectGroup: projectGroups.remove(() => ({
    object: "project.group.deleted",
    deleted: true,
  })),

  listProjectRateLimits: rateLimits.list(),
  updateProjectRateLimit: audited("rate_limit.updated", rateLimits.update()),
} satisfies Partial<OperationHandlers>;
