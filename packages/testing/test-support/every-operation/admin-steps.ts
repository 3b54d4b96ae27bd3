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
  const project = await run("create-project", { name: "Emulated" });
  const project_id = project.id;
  await run("list-projects", { include_archived: true });
  await run("retrieve-project", { project_id });
  await run("modify-project", { project_id, name: "Renamed" });

  const owner = (await run("list-users", {})).data[0];
  const user_id = owner.id;
  await run("retrieve-user", { user_id });
  await run("modify-user", { user_id, role: "owner" });

  const invite = await run("inviteUser", { email: "new@example.com", role: "reader" });
  await run("list-invites", {});
  await run("retrieve-invite", { invite_id: invite.id });
  await run("delete-invite", { invite_id: invite.id });

  const key = await run("admin-api-keys-create", { name: "ci" });
  await run("admin-api-keys-list", {});
  await run("admin-api-keys-get", { key_id: key.id });
  await run("admin-api-keys-delete", { key_id: key.id });

  const certificate = await run("uploadCertificate", { certificate: PEM, name: "mtls" });
  const certificate_ids = [certificate.id];
  await run("listOrganizationCertificates", {});
  await run("getCertificate", { certificate_id: certificate.id, include: ["content"] });
  await run("modifyCertificate", { certificate_id: certificate.id, name: "mtls-2" });
  await run("activateOrganizationCertificates", { certificate_ids });
  await run("deactivateOrganizationCertificates", { certificate_ids });
  await run("activateProjectCertificates", { project_id, certificate_ids });
  await run("listProjectCertificates", { project_id });
  await run("deactivateProjectCertificates", { project_id, certificate_ids });

  const group = await run("create-group", { name: "eng" });
  const group_id = group.id;
  await run("list-groups", {});
  await run("retrieve-group", { group_id });
  await run("update-group", { group_id, name: "engineering" });
  await run("add-group-user", { group_id, user_id });
  await run("list-group-users", { group_id });
  await run("retrieve-group-user", { group_id, user_id });

  const role = await run("create-role", { role_name: "auditor", permissions: ["read"] });
  const role_id = role.id;
  await run("list-roles", {});
  await run("retrieve-role", { role_id });
  await run("update-role", { role_id, description: "reads logs" });
  await run("assign-user-role", { user_id, role_id });
  await run("list-user-role-assignments", { user_id });
  await run("retrieve-user-role", { user_id, role_id });
  await run("unassign-user-role", { user_id, role_id });
  await run("assign-group-role", { group_id, role_id });
  await run("list-group-role-assignments", { group_id });
  await run("retrieve-group-role", { group_id, role_id });
  await run("unassign-group-role", { group_id, role_id });

  await run("create-project-user", { project_id, user_id, role: "owner" });
  await run("list-project-users", { project_id });
  await run("retrieve-project-user", { project_id, user_id });
  await run("modify-project-user", { project_id, user_id, role: "member" });

  const projectRole = await run("create-project-role", {
    project_id,
    role_name: "deployer",
    permissions: ["deploy"],
  });
  const projectRoleId = projectRole.id;
  await run("list-project-roles", { project_id });
  await run("retrieve-project-role", { project_id, role_id: projectRoleId });
  await run("update-project-role", { project_id, role_id: projectRoleId, role_name: "shipper" });
  await run("assign-project-user-role", { project_id, user_id, role_id: projectRoleId });
  await run("list-project-user-role-assignments", { project_id, user_id });
  await run("retrieve-project-user-role", { project_id, user_id, role_id: projectRoleId });
  await run("unassign-project-user-role", { project_id, user_id, role_id: projectRoleId });

  await run("add-project-group", { project_id, group_id, role: "member" });
  await run("list-project-groups", { project_id });
  await run("retrieve-project-group", { project_id, group_id });
  await run("assign-project-group-role", { project_id, group_id, role_id: projectRoleId });
  await run("list-project-group-role-assignments", { project_id, group_id });
  await run("retrieve-project-group-role", { project_id, group_id, role_id: projectRoleId });
  await run("unassign-project-group-role", { project_id, group_id, role_id: projectRoleId });
  await run("remove-project-group", { project_id, group_id });
  await run("delete-project-role", { project_id, role_id: projectRoleId });

  const account = await run("create-project-service-account", { project_id, name: "bot" });
  const service_account_id = account.id;
  await run("list-project-service-accounts", { project_id });
  await run("retrieve-project-service-account", { project_id, service_account_id });
  await run("update-project-service-account", { project_id, service_account_id, name: "robot" });
  await run("CreateanAPIkeyforaserviceaccount", { project_id, service_account_id, name: "k2" });
  const keys = await run("list-project-api-keys", { project_id });
  const api_key_id = keys.data[0].id;
  await run("retrieve-project-api-key", { project_id, api_key_id });
  await run("delete-project-api-key", { project_id, api_key_id });
  await run("delete-project-service-account", { project_id, service_account_id });

  const rateLimits = await run("list-project-rate-limits", { project_id });
  await run("update-project-rate-limits", {
    project_id,
    rate_limit_id: rateLimits.data[0].id,
    max_requests_per_1_minute: 10,
  });

  await run("retrieve-organization-data-retention", {});
  await run("update-organization-data-retention", { retention_type: "zero_data_retention" });
  await run("retrieve-project-data-retention", { project_id });
  await run("update-project-data-retention", { project_id, retention_type: "none" });

  await run("Updateorganizationspendlimit", limit);
  await run("Getorganizationspendlimit", {});
  await run("Deleteorganizationspendlimit", {});
  await run("Updateprojectspendlimit", { project_id, ...limit });
  await run("Getprojectspendlimit", { project_id });
  await run("Deleteprojectspendlimit", { project_id });

  await run("retrieve-project-model-permissions", { project_id });
  await run("update-project-model-permissions", {
    project_id,
    mode: "allow_list",
    model_ids: ["gpt-5.1"],
  });
  await run("delete-project-model-permissions", { project_id });
  await run("retrieve-project-hosted-tool-permissions", { project_id });
  await run("update-project-hosted-tool-permissions", { project_id, mcp: { enabled: false } });

  const orgAlert = await run("create-organization-spend-alert", alert);
  await run("list-organization-spend-alerts", {});
  await run("retrieve-organization-spend-alert", { alert_id: orgAlert.id });
  await run("update-organization-spend-alert", { alert_id: orgAlert.id, ...alert });
  await run("delete-organization-spend-alert", { alert_id: orgAlert.id });
  const projectAlert = await run("create-project-spend-alert", { project_id, ...alert });
  await run("list-project-spend-alerts", { project_id });
  await run("retrieve-project-spend-alert", { project_id, alert_id: projectAlert.id });
  await run("update-project-spend-alert", { project_id, alert_id: projectAlert.id, ...alert });
  await run("delete-project-spend-alert", { project_id, alert_id: projectAlert.id });

  const start_time = Math.floor(Date.UTC(2026, 0, 1) / 1000);
  for (const usage of [
    "usage-audio-speeches",
    "usage-audio-transcriptions",
    "usage-code-interpreter-sessions",
    "usage-completions",
    "usage-costs",
    "usage-embeddings",
    "usage-file-search-calls",
    "usage-images",
    "usage-moderations",
    "usage-vector-stores",
    "usage-web-search-calls",
  ]) {
    await run(usage, { start_time, limit: 2 });
  }
  await run("list-audit-logs", { event_types: ["project.created"] });

  await run("archive-project", { project_id });
  await run("delete-project-user", { project_id, user_id });
  await run("remove-group-user", { group_id, user_id });
  await run("delete-role", { role_id });
  await run("delete-group", { group_id });
  await run("deleteCertificate", { certificate_id: certificate.id });
  await run("delete-user", { user_id });
};
