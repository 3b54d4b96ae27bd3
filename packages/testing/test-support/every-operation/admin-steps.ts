import type { Harness } from "./harness.js";

const channel = { type: "email", recipients: ["ops@example.com"] };
const alert = {
  currency: "USD",
  interval: "month",
  threshold_amount: 100,
  notification_channel: channel,
};
const limit = { currency: "USD", interval: "month", threshold_amount: 500 };
const PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----";

/** Every /organization and /projects operation, on objects created along the way. */
export const adminSteps = async ({ run }: Harness): Promise<void> => {
  const project = await run("createProject", { name: "Emulated" });
  const project_id = project.id;
  await run("listProjects", { include_archived: true });
  await run("retrieveProject", { project_id });
  await run("updateProject", { project_id, name: "Renamed" });

  const owner = (await run("listUsers", {})).data[0];
  const user_id = owner.id;
  await run("retrieveUser", { user_id });
  await run("updateUser", { user_id, role: "owner" });

  const invite = await run("createInvite", { email: "new@example.com", role: "reader" });
  await run("listInvites", {});
  await run("retrieveInvite", { invite_id: invite.id });
  await run("deleteInvite", { invite_id: invite.id });

  const key = await run("createAdminApiKey", { name: "ci" });
  await run("listAdminApiKeys", {});
  await run("retrieveAdminApiKey", { key_id: key.id });
  await run("deleteAdminApiKey", { key_id: key.id });

  const certificate = await run("createCertificate", { certificate: PEM, name: "mtls" });
  const certificate_ids = [certificate.id];
  await run("listCertificates", {});
  await run("retrieveCertificate", { certificate_id: certificate.id, include: ["content"] });
  await run("updateCertificate", { certificate_id: certificate.id, name: "mtls-2" });
  await run("activateCertificates", { certificate_ids });
  await run("deactivateCertificates", { certificate_ids });
  await run("activateProjectCertificates", { project_id, certificate_ids });
  await run("listProjectCertificates", { project_id });
  await run("deactivateProjectCertificates", { project_id, certificate_ids });

  const group = await run("createGroup", { name: "eng" });
  const group_id = group.id;
  await run("listGroups", {});
  await run("retrieveGroup", { group_id });
  await run("updateGroup", { group_id, name: "engineering" });
  await run("addGroupUser", { group_id, user_id });
  await run("listGroupUsers", { group_id });
  await run("retrieveGroupUser", { group_id, user_id });

  const role = await run("createRole", { role_name: "auditor", permissions: ["read"] });
  const role_id = role.id;
  await run("listRoles", {});
  await run("retrieveRole", { role_id });
  await run("updateRole", { role_id, description: "reads logs" });
  await run("assignUserRole", { user_id, role_id });
  await run("listUserRoles", { user_id });
  await run("retrieveUserRole", { user_id, role_id });
  await run("unassignUserRole", { user_id, role_id });
  await run("assignGroupRole", { group_id, role_id });
  await run("listGroupRoles", { group_id });
  await run("retrieveGroupRole", { group_id, role_id });
  await run("unassignGroupRole", { group_id, role_id });

  await run("createProjectUser", { project_id, user_id, role: "owner" });
  await run("listProjectUsers", { project_id });
  await run("retrieveProjectUser", { project_id, user_id });
  await run("updateProjectUser", { project_id, user_id, role: "member" });

  const projectRole = await run("createProjectRole", {
    project_id,
    role_name: "deployer",
    permissions: ["deploy"],
  });
  const projectRoleId = projectRole.id;
  await run("listProjectRoles", { project_id });
  await run("retrieveProjectRole", { project_id, role_id: projectRoleId });
  await run("updateProjectRole", { project_id, role_id: projectRoleId, role_name: "shipper" });
  await run("assignProjectUserRole", { project_id, user_id, role_id: projectRoleId });
  await run("listProjectUserRoles", { project_id, user_id });
  await run("retrieveProjectUserRole", { project_id, user_id, role_id: projectRoleId });
  await run("unassignProjectUserRole", { project_id, user_id, role_id: projectRoleId });

  await run("addProjectGroup", { project_id, group_id, role: "member" });
  await run("listProjectGroups", { project_id });
  await run("retrieveProjectGroup", { project_id, group_id });
  await run("assignProjectGroupRole", { project_id, group_id, role_id: projectRoleId });
  await run("listProjectGroupRoles", { project_id, group_id });
  await run("retrieveProjectGroupRole", { project_id, group_id, role_id: projectRoleId });
  await run("unassignProjectGroupRole", { project_id, group_id, role_id: projectRoleId });
  await run("removeProjectGroup", { project_id, group_id });
  await run("deleteProjectRole", { project_id, role_id: projectRoleId });

  const account = await run("createProjectServiceAccount", { project_id, name: "bot" });
  const service_account_id = account.id;
  await run("listProjectServiceAccounts", { project_id });
  await run("retrieveProjectServiceAccount", { project_id, service_account_id });
  await run("updateProjectServiceAccount", { project_id, service_account_id, name: "robot" });
  await run("createProjectServiceAccountApiKey", { project_id, service_account_id, name: "k2" });
  const keys = await run("listProjectApiKeys", { project_id });
  const api_key_id = keys.data[0].id;
  await run("retrieveProjectApiKey", { project_id, api_key_id });
  await run("deleteProjectApiKey", { project_id, api_key_id });
  await run("deleteProjectServiceAccount", { project_id, service_account_id });

  const rateLimits = await run("listProjectRateLimits", { project_id });
  await run("updateProjectRateLimit", {
    project_id,
    rate_limit_id: rateLimits.data[0].id,
    max_requests_per_1_minute: 10,
  });

  await run("retrieveDataRetention", {});
  await run("updateDataRetention", { retention_type: "zero_data_retention" });
  await run("retrieveProjectDataRetention", { project_id });
  await run("updateProjectDataRetention", { project_id, retention_type: "none" });

  await run("updateSpendLimit", limit);
  await run("retrieveSpendLimit", {});
  await run("deleteSpendLimit", {});
  await run("updateProjectSpendLimit", { project_id, ...limit });
  await run("retrieveProjectSpendLimit", { project_id });
  await run("deleteProjectSpendLimit", { project_id });

  await run("retrieveProjectModelPermissions", { project_id });
  await run("updateProjectModelPermissions", {
    project_id,
    mode: "allow_list",
    model_ids: ["gpt-5.1"],
  });
  await run("deleteProjectModelPermissions", { project_id });
  await run("retrieveProjectHostedToolPermissions", { project_id });
  await run("updateProjectHostedToolPermissions", { project_id, mcp: { enabled: false } });

  const orgAlert = await run("createSpendAlert", alert);
  await run("listSpendAlerts", {});
  await run("retrieveSpendAlert", { alert_id: orgAlert.id });
  await run("updateSpendAlert", { alert_id: orgAlert.id, ...alert });
  await run("deleteSpendAlert", { alert_id: orgAlert.id });
  const projectAlert = await run("createProjectSpendAlert", { project_id, ...alert });
  await run("listProjectSpendAlerts", { project_id });
  await run("retrieveProjectSpendAlert", { project_id, alert_id: projectAlert.id });
  await run("updateProjectSpendAlert", { project_id, alert_id: projectAlert.id, ...alert });
  await run("deleteProjectSpendAlert", { project_id, alert_id: projectAlert.id });

  const start_time = Math.floor(Date.UTC(2026, 0, 1) / 1000);
  for (const usage of [
    "listAudioSpeechesUsage",
    "listAudioTranscriptionsUsage",
    "listCodeInterpreterSessionsUsage",
    "listCompletionsUsage",
    "listCosts",
    "listEmbeddingsUsage",
    "listFileSearchCallsUsage",
    "listImagesUsage",
    "listModerationsUsage",
    "listVectorStoresUsage",
    "listWebSearchCallsUsage",
  ]) {
    await run(usage, { start_time, limit: 2 });
  }
  await run("listAuditLogs", { event_types: ["project.created"] });

  await run("archiveProject", { project_id });
  await run("deleteProjectUser", { project_id, user_id });
  await run("removeGroupUser", { group_id, user_id });
  await run("deleteRole", { role_id });
  await run("deleteGroup", { group_id });
  await run("deleteCertificate", { certificate_id: certificate.id });
  await run("deleteUser", { user_id });
};
