import type {
  AddGroupUserParams,
  CreateGroupParams,
  CreateRoleParams,
  UpdateRoleParams,
} from "@oaikit/admin";
import type { Item } from "../../records/collection.js";
import type { Resource } from "../../records/resource.js";
import type { Call, Handlers } from "../../router/handler.js";
import { audited } from "./audit-log.js";
import {
  groupRoles,
  groups,
  groupUsers,
  projectGroupRoles,
  projectRoles,
  projectUserRoles,
  roles,
  userRoles,
  users,
} from "./resources.js";

const newRole =
  (resourceType: string) =>
  ({ body }: Call<CreateRoleParams>) => ({
    name: body.role_name,
    permissions: body.permissions,
    description: body.description ?? null,
    predefined_role: false,
    resource_type: resourceType,
  });

const updateRole = (role: Item, { body }: Call<UpdateRoleParams>) => {
  if (body.role_name != null) role.name = body.role_name;
  if (body.permissions != null) role.permissions = body.permissions;
  if (body.description !== undefined) role.description = body.description;
};

const asGroup = (group: Item) => ({
  id: group.id,
  object: "group",
  name: group.name,
  created_at: group.created_at,
  scim_managed: false,
});

/**
 * A role given to a principal (user or group, in the organization or a project): the stored
 * assignment holds the role's details, as the list and retrieve answers show them.
 */
const roleAssignment = (
  assignments: Resource,
  source: Resource,
  principal: (call: Call) => Record<string, unknown>,
  kind: "user" | "group",
) => ({
  assign: assignments.create(
    (call) => {
      const role = source.find(call, call.body.role_id);
      return {
        name: role.name,
        description: role.description,
        permissions: role.permissions,
        predefined_role: role.predefined_role,
        resource_type: role.resource_type,
        created_by: null,
        created_by_user_obj: null,
        updated_at: call.state.clock.seconds(),
        metadata: null,
        assignment_sources: null,
      };
    },
    (assignment, call) => ({
      object: `${kind}.role`,
      [kind]: principal(call),
      role: source.find(call, assignment.id),
    }),
  ),
  list: assignments.list(),
  retrieve: assignments.retrieve(),
  unassign: assignments.remove(() => ({ object: `${kind}.role.deleted`, deleted: true })),
});

const user = roleAssignment(userRoles, roles, (call) => users.find(call), "user");
const group = roleAssignment(groupRoles, roles, (call) => asGroup(groups.find(call)), "group");
const projectUser = roleAssignment(
  projectUserRoles,
  projectRoles,
  (call) => users.find(call),
  "user",
);
const projectGroup = roleAssignment(
  projectGroupRoles,
  projectRoles,
  (call) => asGroup(groups.find(call)),
  "group",
);

export const accessHandlers: Handlers = {
  "create-group": audited(
    "group.created",
    groups.create(({ body }: Call<CreateGroupParams>) => ({
      name: body.name,
      group_type: "group",
      is_scim_managed: false,
    })),
  ),
  "list-groups": groups.list(),
  "retrieve-group": groups.retrieve(),
  "update-group": audited("group.updated", groups.update()),
  "delete-group": audited("group.deleted", groups.remove(), "group_id"),

  "add-group-user": groupUsers.create(
    (call: Call<AddGroupUserParams>) => {
      const member = users.find(call, call.body.user_id);
      return { name: member.name, email: member.email };
    },
    (member, call) => ({
      object: "group.user",
      group_id: call.params.group_id,
      user_id: member.id,
    }),
  ),
  "list-group-users": groupUsers.list(),
  "retrieve-group-user": groupUsers.retrieve((member) => ({
    ...member,
    is_service_account: false,
    picture: null,
    user_type: "user",
  })),
  "remove-group-user": groupUsers.remove(() => ({ object: "group.user.deleted", deleted: true })),

  "create-role": audited("role.created", roles.create(newRole("api.organization"))),
  "list-roles": roles.list(),
  "retrieve-role": roles.retrieve(),
  "update-role": audited("role.updated", roles.update(updateRole)),
  "delete-role": audited("role.deleted", roles.remove(), "role_id"),

  "create-project-role": projectRoles.create(newRole("api.project")),
  "list-project-roles": projectRoles.list(),
  "retrieve-project-role": projectRoles.retrieve(),
  "update-project-role": projectRoles.update(updateRole),
  "delete-project-role": projectRoles.remove(),

  "assign-user-role": audited("role.assignment.created", user.assign),
  "list-user-role-assignments": user.list,
  "retrieve-user-role": user.retrieve,
  "unassign-user-role": audited("role.assignment.deleted", user.unassign, "role_id"),

  "assign-group-role": audited("role.assignment.created", group.assign),
  "list-group-role-assignments": group.list,
  "retrieve-group-role": group.retrieve,
  "unassign-group-role": audited("role.assignment.deleted", group.unassign, "role_id"),

  "assign-project-user-role": projectUser.assign,
  "list-project-user-role-assignments": projectUser.list,
  "retrieve-project-user-role": projectUser.retrieve,
  "unassign-project-user-role": projectUser.unassign,

  "assign-project-group-role": projectGroup.assign,
  "list-project-group-role-assignments": projectGroup.list,
  "retrieve-project-group-role": projectGroup.retrieve,
  "unassign-project-group-role": projectGroup.unassign,
};
