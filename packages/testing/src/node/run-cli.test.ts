import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createNodeWebhookHandler } from "@oaikit/webhooks/node";
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

  it("allows the pages named by --cors, and none with --cors off", async () => {
    const preflight = (baseURL: string, origin: string) =>
      fetch(`${baseURL}/models`, {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "GET" },
      });
    const listed = await runCli(["--port", "0", "--cors", "https://app.example"], () => {});
    try {
      expect((await preflight(listed!.baseURL, "https://app.example")).status).toBe(204);
      expect((await preflight(listed!.baseURL, "http://localhost:3000")).status).toBe(403);
    } finally {
      await listed?.emulator.close();
    }
    const off = await runCli(["--port", "0", "--cors", "off"], () => {});
    try {
      const response = await preflight(off!.baseURL, "http://localhost:3000");
      expect(response.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await off?.emulator.close();
    }
    await expect(runCli(["--port", "0", "--cors", "app.example"], () => {})).rejects.toThrow(
      /--cors needs an origin like https:\/\/app\.example, got "app\.example"/,
    );
  });

  it("explains a bad port and prints usage for --help", async () => {
    await expect(runCli(["--port", "http"], () => {})).rejects.toThrow(/--port must be an integer/);
    const lines: string[] = [];
    expect(await runCli(["--help"], (line) => lines.push(line))).toBeUndefined();
    expect(lines).toEqual([USAGE]);
  });

  it("posts signed webhooks to --webhook-url, signed with --webhook-secret", async () => {
    const secret = `whsec_${btoa("cli-webhook-signing-key")}`;
    const received: string[] = [];
    const server = createServer(
      createNodeWebhookHandler({ secret, onUnknown: (event) => void received.push(event.type) }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const hook = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    const lines: string[] = [];
    const argv = ["--port", "0", "--webhook-url", hook, "--webhook-secret", secret];
    const run = await runCli(argv, (line) => lines.push(line));
    try {
      const response = await fetch(`${run!.baseURL}/responses`, {
        method: "POST",
        headers: { authorization: "Bearer k", "content-type": "application/json" },
        body: JSON.stringify({ model: "m", input: "hi", background: true }),
      });
      expect(response.status).toBe(200);
      await run!.emulator.webhooks.settled();
      expect(received).toEqual(["response.completed"]);
      expect(lines).toContain(`posting webhooks to ${hook}`);
      expect(lines.join("\n")).not.toContain(secret.slice(6));
    } finally {
      await run?.emulator.close();
      server.close();
    }
  });

  it("takes the secret from OPENAI_WEBHOOK_SECRET, and refuses webhooks without one", async () => {
    const saved = process.env.OPENAI_WEBHOOK_SECRET;
    try {
      delete process.env.OPENAI_WEBHOOK_SECRET;
      const argv = ["--port", "0", "--webhook-url", "http://127.0.0.1:9/hook"];
      await expect(runCli(argv, () => {})).rejects.toThrow(/needs a signing secret/);
      await expect(runCli(["--webhook-secret", "whsec_eA=="], () => {})).rejects.toThrow(
        /need --webhook-url/,
      );
      process.env.OPENAI_WEBHOOK_SECRET = `whsec_${btoa("from-env")}`;
      const run = await runCli([...argv, "--webhook-events", "batch.completed"], () => {});
      await run?.emulator.close();
    } finally {
      if (saved === undefined) delete process.env.OPENAI_WEBHOOK_SECRET;
      else process.env.OPENAI_WEBHOOK_SECRET = saved;
    }
  });
});
