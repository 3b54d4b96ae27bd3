import { describe, expect, it } from "vitest";
import { runCli, USAGE } from "./run-cli.js";

describe("oaikit-emulator", () => {
  it("serves the API on the requested port and prints the base URL", async () => {
    const lines: string[] = [];
    const run = await runCli(["--port", "0", "--seed", "3"], (line) => lines.push(line));
    try {
      expect(lines).toEqual([`oaikit emulator listening on ${run!.baseURL}`]);
      expect(run!.baseURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
      const response = await fetch(`${run!.baseURL}/models`, {
        headers: { authorization: "Bearer k" },
      });
      expect(response.status).toBe(200);
    } finally {
      await run?.emulator.close();
    }
  });

  it("rejects every key with --reject-auth", async () => {
    const run = await runCli(["--port", "0", "--reject-auth"], () => {});
    try {
      const response = await fetch(`${run!.baseURL}/models`, {
        headers: { authorization: "Bearer k" },
      });
      expect(response.status).toBe(401);
    } finally {
      await run?.emulator.close();
    }
  });

  it("explains a bad port and prints usage for --help", async () => {
    await expect(runCli(["--port", "http"], () => {})).rejects.toThrow(/--port must be an integer/);
    const lines: string[] = [];
    expect(await runCli(["--help"], (line) => lines.push(line))).toBeUndefined();
    expect(lines).toEqual([USAGE]);
  });
});
