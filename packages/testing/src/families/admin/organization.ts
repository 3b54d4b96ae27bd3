import type {
  CreateAdminApiKeyParams,
  CreateInviteParams,
  CreateProjectParams,
  ListProjectsParams,
  ListUsersParams,
  UpdateUserParams,
} from "@oaikit/admin";
import type { OperationHandlers } from "../../generated/operation-handlers.js";
import type { Item } from "../../records/collection.js";
import type { Call } from "../../router/handler.js";
import { audited } from "./audit-logs.js";
import { adminApiKeys, invites, projects, users } from "./resources.js";

const WEEK = 7 * 86_400;

const redacted = (value: string) => `${value.slice(0, 9)}****${value.slice(-4)}`;

/** The key's secret is shown once, in the answer that creates it. */
const withoutValue = ({ value: _, ...key }: Item) => key;

export const organizationHandlers = {
  createProject: audited(
    "project.created",
    projects.create(({ body }: Call<CreateProjectParams>) => ({
      name: body.name,
      status: "active",
      archived_at: null,
      external_key_id: body.external_key_id ?? null,
      ...(body.residency ? { residency: body.residency } : {}),
    })),
  ),
  listProjects: projects.list({
    filter: (item, { body }: Call<ListProjectsParams>) =>
      body.include_archived === true || item.status !== "archived",
  }),
  retrieveProject: projects.retrieve(),
  updateProject: audited("project.updated", projects.update()),
  archiveProject: audited(
    "project.archived",
    projects.action((project, { state }) => {
      Object.assign(project, { status: "archived", archived_at: state.clock.seconds() });
    }),
  ),

  listUsers: users.list({
    filter: (user, { body }: Call<ListUsersParams>) =>
      !body.emails?.length || body.emails.includes(user.email),
  }),
  retrieveUser: users.retrieve(),
  updateUser: audited(
    "user.updated",
    users.update((user, { body }: Call<UpdateUserParams>) => {
      for (const key of ["role", "developer_persona", "technical_level"] as const) {
        if (body[key] != null) user[key] = body[key];
      }
    }),
  ),
  deleteUser: audited("user.deleted", users.remove(), "user_id"),

  createInvite: audited(
    "invite.sent",
    invites.create(({ body, state }: Call<CreateInviteParams>) => ({
      email: body.email,
      role: body.role,
      projects: body.projects ?? [],
      status: "pending",
      accepted_at: null,
      expires_at: state.clock.seconds() + WEEK,
    })),
  ),
  listInvites: invites.list(),
  retrieveInvite: invites.retrieve(),
  deleteInvite: audited("invite.deleted", invites.remove(), "invite_id"),

  createAdminApiKey: audited(
    "api_key.created",
    adminApiKeys.create(
      ({ body, state }: Call<CreateAdminApiKeyParams>) => {
        const value = state.ids.alnum("sk-admin-", 48);
        const created = state.clock.seconds();
        return {
          name: body.name,
          value,
          redacted_value: redacted(value),
          last_used_at: null,
          expires_at:
            body.expires_in_seconds === undefined ? null : created + body.expires_in_seconds,
          owner: {
            type: "user",
            object: "organization.user",
            name: "Emulator Owner",
            role: "owner",
          },
        };
      },
      (key) => key,
    ),
  ),
  listAdminApiKeys: adminApiKeys.list({ view: withoutValue }),
  retrieveAdminApiKey: adminApiKeys.retrieve(withoutValue),
  deleteAdminApiKey: audited(
    "api_key.deleted",
    adminApiKeys.remove((key) => ({
      id: key.id,
      object: "organization.admin_api_key.deleted",
      deleted: true,
    })),
    "key_id",
  ),
} satisfies Partial<OperationHandlers>;
