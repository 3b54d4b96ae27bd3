import type { Harness } from "./harness.js";

const text = (name: string, body: string) => new File([body], name, { type: "text/plain" });

const SKILL_MD = "---\nname: greeter\ndescription: Says hello\n---\nSay hello.\n";

/** Containers and their files, skills and their versions, ChatKit sessions and threads. */
export const platformSteps = async ({ run }: Harness): Promise<void> => {
  const container = await run("createContainer", { name: "sandbox" });
  const container_id = container.id;
  await run("listContainers", {});
  await run("retrieveContainer", { container_id });
  const file = await run("createContainerFile", { container_id, file: text("notes.txt", "hi") });
  await run("listContainerFiles", { container_id });
  await run("retrieveContainerFile", { container_id, file_id: file.id });
  await run("downloadContainerFileContent", { container_id, file_id: file.id });
  await run("deleteContainerFile", { container_id, file_id: file.id });
  await run("deleteContainer", { container_id });

  const skill = await run("createSkill", { files: [text("SKILL.md", SKILL_MD)] });
  const skill_id = skill.id;
  await run("listSkills", {});
  await run("retrieveSkill", { skill_id });
  await run("downloadSkillContent", { skill_id });
  const second = await run("createSkillVersion", { skill_id, files: [text("SKILL.md", SKILL_MD)] });
  await run("listSkillVersions", { skill_id });
  await run("retrieveSkillVersion", { skill_id, version: second.version });
  await run("downloadSkillVersionContent", { skill_id, version: second.version });
  await run("updateSkill", { skill_id, default_version: second.version });
  await run("deleteSkillVersion", { skill_id, version: "1" });
  await run("deleteSkill", { skill_id });

  const session = await run("createChatKitSession", {
    user: "user-1",
    workflow: { id: "wf_1" },
  });
  const threads = await run("listChatKitThreads", { user: "user-1" });
  const thread_id = threads.data[0].id;
  await run("retrieveChatKitThread", { thread_id });
  await run("listChatKitThreadItems", { thread_id });
  await run("deleteChatKitThread", { thread_id });
  await run("cancelChatKitSession", { session_id: session.id });
};
