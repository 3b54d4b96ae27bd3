import { defineResource } from "../../records/resource.js";
import type { Call } from "../../router/handler.js";
import { MODELS } from "../models/catalog.js";

const alnum =
  (prefix: string, length = 24) =>
  ({ state }: Call) =>
    state.ids.alnum(prefix, length);

/** The organization's objects; nested ones are scoped by their parents' ids in the path. */
export const projects = defineResource({
  label: "project",
  idParam: "project_id",
  newId: alnum("proj_"),
  list: { order: "asc" },
});

export const users = defineResource({
  label: "user",
  idParam: "user_id",
  newId: alnum("user-"),
  stamp: "added_at",
  list: { order: "asc" },
  // An organization always has its owner: the user behind the emulator's keys.
  seed: () => [{ name: "Emulator Owner", email: "owner@example.com", role: "owner" }],
});

export const invites = defineResource({
  label: "invite",
  idParam: "invite_id",
  newId: alnum("invite-"),
});

export const adminApiKeys = defineResource({
  label: "admin API key",
  idParam: "key_id",
  newId: alnum("key_", 16),
});

export const certificates = defineResource({
  label: "certificate",
  idParam: "certificate_id",
  newId: alnum("cert_"),
});

export const groups = defineResource({
  label: "group",
  idParam: "group_id",
  newId: alnum("group_"),
});

export const groupUsers = defineResource({
  label: "group user",
  idParam: "user_id",
  parent: groups,
  newId: ({ body }) => body.user_id,
});

const predefined = (names: readonly string[], resourceType: string) => () =>
  names.map((name) => ({
    id: `role_${name}`,
    name,
    description: null,
    permissions: [],
    predefined_role: true,
    resource_type: resourceType,
  }));

export const roles = defineResource({
  label: "role",
  idParam: "role_id",
  newId: alnum("role_"),
  stamp: null,
  list: { order: "asc" },
  seed: predefined(["owner", "reader"], "api.organization"),
});

export const projectRoles = defineResource({
  label: "project role",
  idParam: "role_id",
  parent: projects,
  newId: alnum("role_"),
  stamp: null,
  list: { order: "asc" },
  seed: predefined(["owner", "member"], "api.project"),
});

/** A role given to a user or group: the id is the role's, its fields are copied from the role. */
const assignments = (label: string, parent: typeof users) =>
  defineResource({ label, idParam: "role_id", parent, newId: ({ body }) => body.role_id });

export const userRoles = assignments("user role", users);
export const groupRoles = assignments("group role", groups);

export const projectUsers = defineResource({
  label: "project user",
  idParam: "user_id",
  parent: projects,
  newId: ({ body }) => body.user_id,
  stamp: "added_at",
  list: { order: "asc" },
});

export const projectGroups = defineResource({
  label: "project group",
  idParam: "group_id",
  parent: projects,
  newId: ({ body }) => body.group_id,
  list: { order: "asc" },
});

export const projectUserRoles = assignments("project user role", projectUsers);
export const projectGroupRoles = assignments("project group role", projectGroups);

export const serviceAccounts = defineResource({
  label: "service account",
  idParam: "service_account_id",
  parent: projects,
  newId: alnum("svc_acct_"),
  list: { order: "asc" },
});

export const projectApiKeys = defineResource({
  label: "API key",
  idParam: "api_key_id",
  parent: projects,
  newId: alnum("key_", 16),
  list: { order: "asc" },
});

export const rateLimits = defineResource({
  label: "rate limit",
  idParam: "rate_limit_id",
  parent: projects,
  newId: alnum("rl-"),
  stamp: null,
  list: { order: "asc", limit: 100 },
  seed: () =>
    MODELS.map((model) => ({
      id: `rl-${model.id}`,
      model: model.id,
      max_requests_per_1_minute: 5_000,
      max_tokens_per_1_minute: 2_000_000,
    })),
});

export const spendAlerts = defineResource({
  label: "spend alert",
  idParam: "alert_id",
  newId: alnum("alert_"),
  stamp: null,
});

export const projectSpendAlerts = defineResource({
  label: "project spend alert",
  idParam: "alert_id",
  parent: projects,
  newId: alnum("alert_"),
  stamp: null,
});
