import { describe, expect, it } from "vitest";
import { api } from "../../../test-support/api.js";
import { createEmulator } from "../../emulator/create-emulator.js";

const admin = () => api(createEmulator().fetch, undefined, "sk-admin-test");

describe("/v1/organization", () => {
  it("creates, renames, archives and lists projects, hiding archived ones unless asked", async () => {
    const client = admin();
    const project = (await client.post("/organization/projects", { name: "A" })).body;
    expect(project).toMatchObject({ object: "organization.project", name: "A", status: "active" });
    await client.post(`/organization/projects/${project.id}`, { name: "B" });
    const archived = (await client.post(`/organization/projects/${project.id}/archive`)).body;
    expect(archived).toMatchObject({ name: "B", status: "archived" });
    expect(archived.archived_at).toEqual(expect.any(Number));
    expect((await client.get("/organization/projects")).body.data).toEqual([]);
    const all = await client.get("/organization/projects?include_archived=true");
    expect(all.body.data.map((p: any) => p.id)).toEqual([project.id]);
  });

  it("starts with its owner, who can join projects and groups", async () => {
    const client = admin();
    const [owner] = (await client.get("/organization/users")).body.data;
    expect(owner).toMatchObject({ object: "organization.user", role: "owner" });
    const project = (await client.post("/organization/projects", { name: "P" })).body;
    const member = await client.post(`/organization/projects/${project.id}/users`, {
      user_id: owner.id,
      role: "member",
    });
    expect(member.body).toMatchObject({ object: "organization.project.user", id: owner.id });
    const group = (await client.post("/organization/groups", { name: "g" })).body;
    await client.post(`/organization/groups/${group.id}/users`, { user_id: owner.id });
    const users = (await client.get(`/organization/groups/${group.id}/users`)).body;
    expect(users.data.map((u: any) => u.id)).toEqual([owner.id]);
  });

  it("answers 404 naming the parent when a nested object's project does not exist", async () => {
    const { status, body } = await admin().get("/organization/projects/proj_nope/users");
    expect(status).toBe(404);
    expect(body.error.param).toBe("project_id");
  });

  it("gives a service account a key that shows up, redacted, among the project's keys", async () => {
    const client = admin();
    const project = (await client.post("/organization/projects", { name: "P" })).body;
    const account = (
      await client.post(`/organization/projects/${project.id}/service_accounts`, { name: "bot" })
    ).body;
    expect(account.api_key.value).toMatch(/^sk-svcacct-/);
    const keys = (await client.get(`/organization/projects/${project.id}/api_keys`)).body.data;
    expect(keys).toHaveLength(1);
    expect(keys[0].redacted_value).not.toBe(account.api_key.value);
    expect(keys[0].owner.service_account.id).toBe(account.id);
    await client.delete(`/organization/projects/${project.id}/service_accounts/${account.id}`);
    expect((await client.get(`/organization/projects/${project.id}/api_keys`)).body.data).toEqual(
      [],
    );
  });

  it("assigns roles and lists them with the role's details", async () => {
    const client = admin();
    const [owner] = (await client.get("/organization/users")).body.data;
    const role = (
      await client.post("/organization/roles", { role_name: "auditor", permissions: ["read"] })
    ).body;
    const assigned = await client.post(`/organization/users/${owner.id}/roles`, {
      role_id: role.id,
    });
    expect(assigned.body).toMatchObject({
      object: "user.role",
      user: { id: owner.id },
      role: { id: role.id },
    });
    const listed = (await client.get(`/organization/users/${owner.id}/roles`)).body;
    expect(listed.data[0]).toMatchObject({ id: role.id, name: "auditor", permissions: ["read"] });
    expect(listed).toHaveProperty("next", null);
  });

  it("pages usage buckets from start_time with an opaque page cursor", async () => {
    const client = admin();
    const day = 86_400;
    const query = `start_time=${10 * day}&end_time=${15 * day}&limit=3`;
    const first = (await client.get(`/organization/usage/completions?${query}`)).body;
    expect(first.data.map((b: any) => b.start_time)).toEqual([10 * day, 11 * day, 12 * day]);
    expect(first.has_more).toBe(true);
    const second = (await client.get(`/organization/costs?${query}&page=${first.next_page}`)).body;
    expect(second.data.map((b: any) => b.start_time)).toEqual([13 * day, 14 * day]);
    expect(second).toMatchObject({ has_more: false, next_page: null });
  });

  it("records admin changes in the audit log, filterable by event type", async () => {
    const client = admin();
    const project = (await client.post("/organization/projects", { name: "A" })).body;
    await client.post(`/organization/projects/${project.id}/archive`);
    const all = (await client.get("/organization/audit_logs")).body.data;
    expect(all.map((e: any) => e.type)).toEqual(["project.archived", "project.created"]);
    const created = (await client.get("/organization/audit_logs?event_types[]=project.created"))
      .body;
    expect(created.data).toHaveLength(1);
    expect(created.data[0]["project.created"].id).toBe(project.id);
  });

  it("keeps settings per project: a spend limit exists only once set", async () => {
    const client = admin();
    const project = (await client.post("/organization/projects", { name: "A" })).body;
    const path = `/organization/projects/${project.id}/spend_limit`;
    expect((await client.get(path)).status).toBe(404);
    const limit = { currency: "USD", interval: "month", threshold_amount: 50 };
    expect((await client.post(path, limit)).body).toMatchObject({
      object: "project.spend_limit",
      threshold_amount: 50,
    });
    expect((await client.get(path)).body.threshold_amount).toBe(50);
    expect((await client.delete(path)).body).toMatchObject({ deleted: true });
    expect((await client.get(path)).status).toBe(404);
  });
});
