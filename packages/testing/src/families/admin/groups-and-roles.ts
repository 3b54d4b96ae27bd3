import type {
  AddGroupUserParams,
  CreateGroupParams,
  CreateRoleParams,
  UpdateRoleParams,
} from "@oaikit/admin";
import type { OperationHandlers } from "../../generated/operation-handlers.js";
import type { Item } from "../../records/collection.js";
import type { Resource } from "../../records/resource.js";
import type { Call } from "../../router/handler.js";
import { audited } from "./audit-logs.js";
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

export const groupsAndRolesHandlers = {
  createGroup: audited(
    "group.created",
    groups.create(({ body }: Call<CreateGroupParams>) => ({
      name: body.name,
      group_type: "group",
      is_scim_managed: false,
    })),
  ),
  listGroups: groups.list(),
  retrieveGroup: groups.retrieve(),
  updateGroup: audited("group.updated", groups.update()),
  deleteGroup: audited("group.deleted", groups.remove(), "group_id"),

  addGroupUser: groupUsers.create(
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
  listGroupUsers: groupUsers.list(),
  retrieveGroupUser: groupUsers.retrieve((member) => ({
    ...member,
    is_service_account: false,
    picture: null,
    user_type: "user",
  })),
  removeGroupUser: groupUsers.remove(() => ({ object: "group.user.deleted", deleted: true })),

  createRole: audited("role.created", roles.create(newRole("api.organization"))),
  listRoles: roles.list(),
  retrieveRole: roles.retrieve(),
  updateRole: audited("role.updated", roles.update(updateRole)),
  deleteRole: audited("role.deleted", roles.remove(), "role_id"),

  createProjectRole: projectRoles.create(newRole("api.project")),
  listProjectRoles: projectRoles.list(),
  retrieveProjectRole: projectRoles.retrieve(),
  updateProjectRole: projectRoles.update(updateRole),
  deleteProjectRole: projectRoles.remove(),

  assignUserRole: audited("role.assignment.created", user.assign),
  listUserRoles: user.list,
  retrieveUserRole: user.retrieve,
  unassignUserRole: audited("role.assignment.deleted", user.unassign, "role_id"),

  assignGroupRole: audited("role.assignment.created", group.assign),
  listGroupRoles: group.list,
  retrieveGroupRole: group.retrieve,
  unassignGroupRole: audited("role.assignment.deleted", group.unassign, "role_id"),

  assignProjectUserRole: projectUser.assign,
  listProjectUserRoles: projectUser.list,
  retrieveProjectUserRole: projectUser.retrieve,
  unassignProjectUserRole: projectUser.unassign,

  assignProjectGroupRole: projectGroup.assign,
  listProjectGroupRoles: projectGroup.list,
  retrieveProjectGroupRole: projectGroup.retrieve,
  unassignProjectGroupRole: projectGroup.unassign,
} satisfies Partial<OperationHandlers>;
