// The smoke run inside workerd: GET /?mode=http&baseURL=... or /?mode=in-process answers the results.
import { runSmoke } from "../smoke/run-smoke.js";
import type { SmokeMode } from "../smoke/types.js";

export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const mode = url.searchParams.get("mode") as SmokeMode;
    const baseURL = url.searchParams.get("baseURL") ?? undefined;
    const results = await runSmoke(baseURL ? { mode, baseURL } : { mode });
    return Response.json(results);
  },
};
