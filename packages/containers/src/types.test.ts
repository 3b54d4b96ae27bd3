import type { PagePromise } from "@oaikit/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type ContainerFileResource,
  type ContainerResource,
  type CreateContainerFileParams,
  type CreateContainerParams,
  deleteContainer,
  downloadContainerFileContent,
  type ListContainerFilesParams,
  type listContainerFiles,
  type listContainers,
} from "./index.js";

/** The item type a list function pages over. */
type ItemOf<F extends (...args: never[]) => unknown> =
  ReturnType<F> extends PagePromise<infer Item> ? Item : never;

type NetworkPolicy = NonNullable<CreateContainerParams["network_policy"]>;

// Compile-time checks: `pnpm typecheck` fails when a generated type drifts from these.
describe("generated Containers types", () => {
  it("createContainer requires a name and keeps the memory_limit enum", () => {
    expectTypeOf<{ name: "box"; memory_limit: "4g" }>().toExtend<CreateContainerParams>();
    expectTypeOf<{ memory_limit: "4g" }>().not.toExtend<CreateContainerParams>();
    expectTypeOf<{ name: "box"; memory_limit: "2g" }>().not.toExtend<CreateContainerParams>();
  });

  it("network_policy is a union discriminated by type; the allowlist needs its domains", () => {
    expectTypeOf<{ type: "disabled" }>().toExtend<NetworkPolicy>();
    expectTypeOf<{
      type: "allowlist";
      allowed_domains: ["example.com"];
    }>().toExtend<NetworkPolicy>();
    expectTypeOf<{ type: "allowlist" }>().not.toExtend<NetworkPolicy>();
    expectTypeOf<{ type: "open" }>().not.toExtend<NetworkPolicy>();
  });

  it("file content downloads resolve to the raw Response; deletes resolve to nothing", () => {
    expectTypeOf(downloadContainerFileContent).returns.toEqualTypeOf<Promise<Response>>();
    expectTypeOf(deleteContainer).returns.toEqualTypeOf<Promise<void>>();
    expectTypeOf<{ container_id: "cntr_1"; file: Blob }>().toExtend<CreateContainerFileParams>();
    expectTypeOf<{ file: Blob }>().not.toExtend<CreateContainerFileParams>();
  });

  it("file lists need the container id, keep the order enum and page over file resources", () => {
    expectTypeOf<ItemOf<typeof listContainerFiles>>().toEqualTypeOf<ContainerFileResource>();
    expectTypeOf<ItemOf<typeof listContainers>>().toEqualTypeOf<ContainerResource>();
    expectTypeOf<{ container_id: "cntr_1"; order: "asc" }>().toExtend<ListContainerFilesParams>();
    expectTypeOf<{ order: "asc" }>().not.toExtend<ListContainerFilesParams>();
    expectTypeOf<{
      container_id: "cntr_1";
      order: "oldest";
    }>().not.toExtend<ListContainerFilesParams>();
  });
});
