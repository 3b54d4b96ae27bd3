import { describe, expect, it } from "vitest";
import { api } from "../../../test-support/api.js";
import { createEmulator } from "../../emulator/create-emulator.js";

const skillForm = (name: string, extra: Record<string, string> = {}) => {
  const form = new FormData();
  form.append(
    "files[]",
    new File([`---\nname: ${name}\ndescription: Greets\n---\nSay hi.\n`], "SKILL.md"),
  );
  form.append("files[]", new File(["print('hi')"], "hi.py"));
  for (const [key, value] of Object.entries(extra)) form.append(key, value);
  return form;
};

describe("/v1/skills", () => {
  it("reads the name and description from SKILL.md's front matter", async () => {
    const client = api(createEmulator().fetch);
    const skill = (await client.post("/skills", skillForm("greeter"))).body;
    expect(skill).toMatchObject({
      object: "skill",
      name: "greeter",
      description: "Greets",
      default_version: "1",
      latest_version: "1",
    });
    const form = new FormData();
    form.append("files", new File(["no manifest"], "notes.txt"));
    expect((await client.post("/skills", form)).body.error.param).toBe("files");
  });

  it("serves a version's files as a ZIP under the skill's folder", async () => {
    const client = api(createEmulator().fetch);
    const skill = (await client.post("/skills", skillForm("greeter"))).body;
    const response = await client.raw(`/skills/${skill.id}/content`);
    expect(response.headers.get("content-type")).toBe("application/zip");
    const text = new TextDecoder("latin1").decode(await response.arrayBuffer());
    expect(text.startsWith("PK")).toBe(true);
    expect(text).toContain("greeter/SKILL.md");
    expect(text).toContain("greeter/hi.py");
  });

  it("adds versions, moves the default, and keeps the default from deletion", async () => {
    const client = api(createEmulator().fetch);
    const skill = (await client.post("/skills", skillForm("greeter"))).body;
    const v2 = (await client.post(`/skills/${skill.id}/versions`, skillForm("greeter"))).body;
    expect(v2).toMatchObject({ object: "skill.version", version: "2", skill_id: skill.id });
    expect((await client.delete(`/skills/${skill.id}/versions/1`)).status).toBe(400);
    await client.post(`/skills/${skill.id}`, { default_version: "2" });
    expect((await client.delete(`/skills/${skill.id}/versions/1`)).body).toMatchObject({
      deleted: true,
      version: "1",
    });
    expect((await client.get(`/skills/${skill.id}`)).body).toMatchObject({
      default_version: "2",
      latest_version: "2",
    });
  });
});
