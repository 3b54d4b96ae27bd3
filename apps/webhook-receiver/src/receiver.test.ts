import { createEmulator } from "@oaikit/testing/node";
import { signWebhook } from "@oaikit/webhooks";
import { describe, expect, it } from "vitest";
import { runScenario, scenarioDurations } from "./emulator-scenario.js";
import { startReceiver } from "./receiver.js";

const secret = `whsec_${btoa("receiver-app-test-key")}`;

describe("the webhook receiver app", () => {
  it("logs every event the emulator's scenario sends, typed, and nothing forged", async () => {
    const lines: string[] = [];
    const receiver = await startReceiver({
      secret,
      port: 0,
      host: "127.0.0.1",
      print: (l) => lines.push(l),
    });
    const emulator = createEmulator({
      webhooks: [{ url: receiver.url, secret }],
      durations: scenarioDurations,
    });
    try {
      const { baseURL } = await emulator.listen();
      await runScenario(emulator, baseURL, () => {});
      expect(emulator.webhooks.deliveries.every((d) => d.state === "delivered")).toBe(true);
      const received = lines.map((line) => line.split(":")[0]).sort();
      expect(received).toEqual([
        "received batch.completed",
        "received eval.run.succeeded",
        "received fine_tuning.job.succeeded",
        "received realtime.call.incoming",
        "received response.cancelled",
        "received response.completed",
      ]);
      expect(lines.find((l) => l.includes("realtime.call.incoming"))).toMatch(/from sip:/);

      const body = JSON.stringify({
        id: "evt_x",
        object: "event",
        created_at: 1,
        type: "batch.failed",
        data: { id: "b" },
      });
      const headers = await signWebhook(body, `whsec_${btoa("someone-else")}`);
      const forged = await fetch(receiver.url, { method: "POST", headers, body });
      expect(forged.status).toBe(400);
      expect(
        (await fetch(receiver.url.replace("/webhooks", "/other"), { method: "POST" })).status,
      ).toBe(404);
      expect(lines).toHaveLength(6);
    } finally {
      await emulator.close();
      await receiver.close();
    }
  });
});
