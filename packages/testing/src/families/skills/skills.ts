import type { UpdateSkillParams } from "@oaikit/skills";
import type { OperationHandlers } from "../../generated/operation-handlers.js";
import { zipStored } from "../../media/zip.js";
import type { Item } from "../../records/collection.js";
import { defineResource } from "../../records/resource.js";
import type { Call } from "../../router/handler.js";
import { invalidRequest } from "../../wire/api-error.js";
import { jsonReply, type Reply } from "../../wire/reply.js";
import { readSkillFiles, type SkillFile, skillManifest } from "./skill-files.js";

const skills = defineResource({
  label: "skill",
  idParam: "skill_id",
  newId: ({ state }) => state.ids.hex("skill_", 32),
});

/** Versions are named by their number ("1", "2"...), as the path's `version` says. */
const versions = defineResource({
  label: "skill version",
  idParam: "version",
  parent: skills,
  newId: () => "",
});

const addVersion = (call: Call, skill: Item, uploaded: SkillFile[]) => {
  const manifest = skillManifest(uploaded);
  const number = String(Number(skill.latest_version ?? "0") + 1);
  const inSkill = { ...call, params: { ...call.params, skill_id: skill.id } };
  const version = versions.add(inSkill, {
    id: number,
    version_id: call.state.ids.hex("skillver_", 32),
    object: "skill.version",
    skill_id: skill.id,
    version: number,
    ...manifest,
  });
  // The content download is a ZIP of the uploaded files under the skill's folder.
  call.state.stores.blobs.set(version.version_id, {
    bytes: zipStored(
      uploaded.map((file) => ({ name: `${manifest.name}/${file.name}`, bytes: file.bytes })),
    ),
    type: "application/zip",
  });
  skill.latest_version = number;
  return version;
};

/** A version as the API shows it: its own id, not the number the emulator keys it by. */
const viewVersion = ({ version_id, ...version }: Item) => ({ ...version, id: version_id });

const archive = (call: Call, version: Item): Reply => {
  const blob = call.state.stores.blobs.get(version.version_id)!;
  return { kind: "bytes", status: 200, body: blob.bytes, contentType: blob.type };
};

export const skillsHandlers = {
  createSkill: async (call) => {
    const uploaded = await readSkillFiles(call.body.files as Blob | Blob[]);
    const manifest = skillManifest(uploaded);
    const skill = skills.add(call, { object: "skill", ...manifest, default_version: "1" });
    addVersion(call, skill, uploaded);
    return jsonReply(skill);
  },
  listSkills: skills.list(),
  retrieveSkill: skills.retrieve(),
  updateSkill: skills.action((skill, call: Call<UpdateSkillParams>) => {
    versions.find(call, call.body.default_version);
    skill.default_version = call.body.default_version;
  }),
  deleteSkill: skills.remove(),
  downloadSkillContent: (call) => {
    const skill = skills.find(call);
    return archive(call, versions.find(call, skill.default_version));
  },

  createSkillVersion: async (call) => {
    const skill = skills.find(call);
    const version = addVersion(call, skill, await readSkillFiles(call.body.files as Blob | Blob[]));
    if (call.body.default) skill.default_version = version.version;
    return jsonReply(viewVersion(version));
  },
  listSkillVersions: versions.list({ view: viewVersion }),
  retrieveSkillVersion: versions.retrieve(viewVersion),
  deleteSkillVersion: (call) => {
    const skill = skills.find(call);
    const version = versions.find(call);
    if (skill.default_version === version.version) {
      throw invalidRequest(
        "The default version cannot be deleted; make another the default first.",
        "version",
      );
    }
    versions.items(call).delete(version.id);
    return jsonReply({
      object: "skill.version.deleted",
      deleted: true,
      id: version.version_id,
      version: version.version,
    });
  },
  downloadSkillVersionContent: (call) => archive(call, versions.find(call)),
} satisfies Partial<OperationHandlers>;
