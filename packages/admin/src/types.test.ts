import type { PagePromise } from "@oaikit/core";
import { describe, expectTypeOf, it } from "vitest";
import type {
  CreateProjectParams,
  DeleteAdminApiKeyResponse,
  deleteAdminApiKey,
  GroupResponse,
  ListCostsParams,
  listCosts,
  listGroups,
  Project,
  RetrieveProjectParams,
  UsageTimeBucket,
} from "./index.js";

/** The item type a list function pages over. */
type ItemOf<F extends (...args: never[]) => unknown> =
  ReturnType<F> extends PagePromise<infer Item> ? Item : never;

// Compile-time checks: `pnpm typecheck` fails when a generated type drifts from these.
describe("generated admin types", () => {
  it("required query and path fields are required", () => {
    expectTypeOf<{ start_time: 0 }>().toExtend<ListCostsParams>();
    expectTypeOf<{ limit: 1 }>().not.toExtend<ListCostsParams>();
    expectTypeOf<{ project_id: "proj_1" }>().toExtend<RetrieveProjectParams>();
    expectTypeOf<{ name: "p" }>().toExtend<CreateProjectParams>();
  });

  it("deleteAdminApiKey resolves to its named DeleteAdminApiKeyResponse type", () => {
    expectTypeOf<ReturnType<typeof deleteAdminApiKey>>().toEqualTypeOf<
      Promise<DeleteAdminApiKeyResponse>
    >();
    expectTypeOf<
      DeleteAdminApiKeyResponse["object"]
    >().toEqualTypeOf<"organization.admin_api_key.deleted">();
  });

  it("enum query fields keep their values", () => {
    expectTypeOf<ListCostsParams["bucket_width"]>().toEqualTypeOf<"1d" | undefined>();
  });

  it("every cursor style pages over its item type", () => {
    expectTypeOf<ItemOf<typeof listCosts>>().toEqualTypeOf<UsageTimeBucket>();
    expectTypeOf<ItemOf<typeof listGroups>>().toEqualTypeOf<GroupResponse>();
    expectTypeOf<Project["name"]>().toEqualTypeOf<string | null | undefined>();
  });
});
