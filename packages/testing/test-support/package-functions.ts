import { type ResourcePackage, resourcePackages } from "../src/generated/resource-packages.js";

/** The root entries of every resource package, by folder name: their generated functions. */
export const packageFunctions: Readonly<
  Record<ResourcePackage, Readonly<Record<string, unknown>>>
> = Object.fromEntries(
  await Promise.all(
    resourcePackages.map(async (name) => [name, await import(`@oaikit/${name}`)] as const),
  ),
) as Record<ResourcePackage, Readonly<Record<string, unknown>>>;
