import { createClient } from "@oaikit/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  json,
  type RecordingServer,
  startRecordingServer,
} from "../../../test-support/recording-server.js";
import { createProject, listAuditLogs, listCosts, listGroups } from "./index.js";

const group = (id: string) => ({
  id,
  object: "group",
  name: id,
  created_at: 1,
  scim_managed: false,
});
const bucket = (start: number) => ({
  object: "bucket",
  start_time: start,
  end_time: start + 86_400,
  results: [],
});

let server: RecordingServer;
const last = () => server.requests.at(-1)!;
const client = () =>
  createClient({
    apiKey: "sk-project",
    adminApiKey: "sk-admin",
    baseURL: server.baseURL,
    maxRetries: 0,
  });

beforeAll(async () => {
  server = await startRecordingServer((request) => {
    const url = new URL(request.url, "http://x");
    switch (url.pathname) {
      case "/v1/organization/groups":
        return url.searchParams.get("after") === null
          ? json({ object: "list", data: [group("g1")], has_more: true, next: "cursor-2" })
          : json({ object: "list", data: [group("g2")], has_more: false, next: null });
      case "/v1/organization/costs":
        return url.searchParams.get("page") === null
          ? json({ object: "page", data: [bucket(0)], has_more: true, next_page: "page-2" })
          : json({ object: "page", data: [bucket(86_400)], has_more: false, next_page: null });
      case "/v1/organization/audit_logs":
        return json({ object: "list", data: [], has_more: false });
      default:
        return json({ id: "proj_1", object: "organization.project", name: "p", created_at: 1 });
    }
  });
});
afterAll(() => server.close());

describe("generated admin operations on the wire", () => {
  it("authenticates with the admin key, not the project key", async () => {
    await createProject(client(), { name: "p" });
    expect(last().headers.authorization).toBe("Bearer sk-admin");
    expect(last().url).toBe("/v1/organization/projects");
    expect(JSON.parse(last().body.toString())).toEqual({ name: "p" });
  });

  it("listGroups follows the body's `next` cursor in `after`", async () => {
    const ids: string[] = [];
    for await (const g of listGroups(client(), { limit: 1 })) ids.push(g.id);
    expect(ids).toEqual(["g1", "g2"]);
    expect(server.requests.slice(-2).map((r) => r.url)).toEqual([
      "/v1/organization/groups?limit=1",
      "/v1/organization/groups?limit=1&after=cursor-2",
    ]);
  });

  it("listCosts pages with `page` set to the body's next_page", async () => {
    const starts: number[] = [];
    for await (const b of listCosts(client(), { start_time: 0 })) starts.push(b.start_time);
    expect(starts).toEqual([0, 86_400]);
    expect(last().url).toBe("/v1/organization/costs?start_time=0&page=page-2");
  });

  it("listAuditLogs sends array filters under their `[]` keys and nested ranges as key[sub]", async () => {
    await listAuditLogs(client(), { project_ids: ["p1", "p2"], effective_at: { gte: 5 } });
    const query = new URL(last().url, "http://x").searchParams;
    expect(query.getAll("project_ids[]")).toEqual(["p1", "p2"]);
    expect(query.get("effective_at[gte]")).toBe("5");
    expect(last().headers.authorization).toBe("Bearer sk-admin");
  });
});
