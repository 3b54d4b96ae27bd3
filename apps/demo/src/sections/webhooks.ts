import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createClient } from "@oaikit/core";
import { createResponse } from "@oaikit/responses";
import { createEmulator } from "@oaikit/testing";
import { signWebhook } from "@oaikit/webhooks";
import { createNodeWebhookHandler } from "@oaikit/webhooks/node";
import { line } from "../print.js";
import type { DemoSection } from "./section.js";

export const webhooksSection: DemoSection = {
  title: "Webhooks: a signed event verified, a tampered one rejected",
  async run({ emulator }, model) {
    const secret = `whsec_${btoa("demo-signing-secret-0123456789")}`;
    const server = createServer(
      createNodeWebhookHandler({
        secret,
        on: {
          "response.completed": (event) => line(`verified response.completed for ${event.data.id}`),
        },
        onUnknown: (event) => line(`verified ${event.type}`),
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`;
    try {
      let body: string;
      if (emulator) {
        // An emulator configured with this receiver as its endpoint posts response.completed
        // when a background response ends, signed with the endpoint's secret.
        const sender = createEmulator({ webhooks: [{ url, secret }] });
        const local = createClient({ apiKey: "sk-demo", fetch: sender.fetch });
        const response = await createResponse(local, { model, input: "Hi", background: true });
        line(`created background response ${response.id}; the emulator posts its webhook`);
        await sender.webhooks.settled();
        body = JSON.stringify(sender.webhooks.deliveries.at(-1)!.event);
      } else {
        // The real API cannot reach this local receiver: sign an event here instead.
        body = JSON.stringify({
          id: "evt_demo",
          object: "event",
          created_at: Math.floor(Date.now() / 1000),
          type: "response.completed",
          data: { id: "resp_demo" },
        });
        await fetch(url, { method: "POST", headers: await signWebhook(body, secret), body });
      }
      const tampered = body.replace(/"resp_[^"]*"/, '"resp_someone_elses"');
      const answer = await fetch(url, {
        method: "POST",
        headers: await signWebhook(body, secret),
        body: tampered,
      });
      const { error } = (await answer.json()) as { error: { reason: string } };
      line(`the same event with its data.id changed: ${answer.status}, reason ${error.reason}`);
    } finally {
      server.close();
    }
  },
};
