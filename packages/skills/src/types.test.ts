import type { PagePromise } from "@oaikit/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type CreateSkillParams,
  type CreateSkillVersionParams,
  type DownloadSkillVersionContentParams,
  downloadSkillContent,
  downloadSkillVersionContent,
  type ListSkillVersionsParams,
  type listSkills,
  type listSkillVersions,
  type SkillResource,
  type SkillVersionResource,
  type UpdateSkillParams,
} from "./index.js";

/** The item type a list function pages over. */
type ItemOf<F extends (...args: never[]) => unknown> =
  ReturnType<F> extends PagePromise<infer Item> ? Item : never;

// Compile-time checks: `pnpm typecheck` fails when a generated type drifts from these.
describe("generated Skills types", () => {
  it("skill uploads require files as one Blob or several; versions also need the skill id", () => {
    expectTypeOf<{ files: Blob }>().toExtend<CreateSkillParams>();
    expectTypeOf<{ files: Blob[] }>().toExtend<CreateSkillParams>();
    expectTypeOf<{ files: "skill.zip" }>().not.toExtend<CreateSkillParams>();
    expectTypeOf({}).not.toExtend<CreateSkillParams>();
    expectTypeOf<{ skill_id: "skill_1"; files: Blob }>().toExtend<CreateSkillVersionParams>();
    expectTypeOf<{ files: Blob }>().not.toExtend<CreateSkillVersionParams>();
  });

  it("content downloads resolve to the raw Response and need the skill id and version", () => {
    expectTypeOf(downloadSkillContent).returns.toEqualTypeOf<Promise<Response>>();
    expectTypeOf(downloadSkillVersionContent).returns.toEqualTypeOf<Promise<Response>>();
    expectTypeOf<{
      skill_id: "skill_1";
      version: "2";
    }>().toExtend<DownloadSkillVersionContentParams>();
    expectTypeOf<{ skill_id: "skill_1" }>().not.toExtend<DownloadSkillVersionContentParams>();
  });

  it("version lists need the skill id, keep the order enum and page over versions", () => {
    expectTypeOf<{ skill_id: "skill_1"; order: "desc" }>().toExtend<ListSkillVersionsParams>();
    expectTypeOf<{
      skill_id: "skill_1";
      order: "latest";
    }>().not.toExtend<ListSkillVersionsParams>();
    expectTypeOf<ItemOf<typeof listSkillVersions>>().toEqualTypeOf<SkillVersionResource>();
    expectTypeOf<ItemOf<typeof listSkills>>().toEqualTypeOf<SkillResource>();
  });

  it("updateSkill requires the default version to set", () => {
    expectTypeOf<{ skill_id: "skill_1"; default_version: "2" }>().toExtend<UpdateSkillParams>();
    expectTypeOf<{ skill_id: "skill_1" }>().not.toExtend<UpdateSkillParams>();
    expectTypeOf<SkillResource["object"]>().toEqualTypeOf<"skill">();
  });
});
