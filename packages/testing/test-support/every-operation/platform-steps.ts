import type { Harness } from "./harness.js";

const text = (name: string, body: string) => new File([body], name, { type: "text/plain" });

const SKILL_MD = "---\nname: greeter\ndescription: Says hello\n---\nSay hello.\n";

/** Containers and their files, skills and their versions, ChatKit sessions and threads. */
export const platformSteps = async ({ run }: Harness): Promise<void> => {
  const container = await run("CreateContainer", { name: "sandbox" });
  const container_id = container.id;
  await run("ListContainers", {});
  await run("RetrieveContainer", { container_id });
  const file = await run("CreateContainerFile", { container_id, file: text("notes.txt", "hi") });
  await run("ListContainerFiles", { container_id });
  await run("RetrieveContainerFile", { container_id, file_id: file.id });
  await run("RetrieveContainerFileContent", { container_id, file_id: file.id });
  await run("DeleteContainerFile", { container_id, file_id: file.id });
  await run("DeleteContainer", { container_id });

  const skill = await run("CreateSkill", { files: [text("SKILL.md", SKILL_MD)] });
  const skill_id = skill.id;
  await run("ListSkills", {});
  await run("GetSkill", { skill_id });
  await run("GetSkillContent", { skill_id });
  const second = await run("CreateSkillVersion", { skill_id, files: [text("SKILL.md", SKILL_MD)] });
  await run("ListSkillVersions", { skill_id });
  await run("GetSkillVersion", { skill_id, version: second.version });
  await run("GetSkillVersionContent", { skill_id, version: second.version });
  await run("UpdateSkillDefaultVersion", { skill_id, default_version: second.version });
  await run("DeleteSkillVersion", { skill_id, version: "1" });
  await run("DeleteSkill", { skill_id });

  const session = await run("CreateChatSessionMethod", {
    user: "user-1",
    workflow: { id: "wf_1" },
  });
  const threads = await run("ListThreadsMethod", { user: "user-1" });
  const thread_id = threads.data[0].id;
  await run("GetThreadMethod", { thread_id });
  await run("ListThreadItemsMethod", { thread_id });
  await run("DeleteThreadMethod", { thread_id });
  await run("CancelChatSessionMethod", { session_id: session.id });
};
