import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { packageDir } from "../paths.js";
import { requestBody } from "../server/fixtures.js";
import type { Candidate } from "./candidate.js";

interface KyLike {
  create(options: Record<string, unknown>): {
    post(path: string, options: { json: unknown }): { json(): Promise<unknown> };
  };
}

/**
 * ky on its own, configured like core (no retries needed on a healthy server, 10-minute timeout):
 * the share of core's cost that is ky's rather than core's. Loaded from core's own node_modules
 * so it is the very copy core runs on.
 */
export const kyCandidate = async (baseURL: string): Promise<Candidate> => {
  const entry = pathToFileURL(
    join(packageDir("core"), "node_modules", "ky", "distribution", "index.js"),
  );
  const ky = (await import(entry.href)).default as KyLike;
  // A full URL instead of a prefix: ky 1 calls the option prefixUrl, ky 2 prefix.
  const url = `${baseURL}/responses`;
  const api = ky.create({ headers: { authorization: "Bearer sk-bench" }, timeout: 600_000 });
  return {
    name: "ky alone",
    json: () => api.post(url, { json: requestBody }).json(),
  };
};
