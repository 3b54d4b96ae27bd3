import type { EmulatorState } from "../emulator/state.js";
import { signWebhook } from "./sign-webhook.js";
import type { WebhookSignOptions, Webhooks } from "./types.js";

export const createWebhooks = (state: EmulatorState): Webhooks => {
  const sign = async (body: string, options: WebhookSignOptions) => {
    const id = options.webhookId ?? state.ids.hex("wh_", 32);
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    if (!Number.isInteger(timestamp)) {
      throw new TypeError("webhooks: timestamp must be whole seconds since the epoch");
    }
    return {
      "webhook-id": id,
      "webhook-timestamp": String(timestamp),
      "webhook-signature": await signWebhook(options.secret, id, timestamp, body),
    };
  };
  return {
    sign,
    async send(url, event, options) {
      if (typeof event?.type !== "string" || event.type === "") {
        throw new TypeError("webhooks.send(): event.type must be a non-empty string");
      }
      const body = JSON.stringify({
        id: event.id ?? state.ids.hex("evt_", 32),
        object: "event",
        created_at: event.created_at ?? state.clock.seconds(),
        type: event.type,
        data: event.data,
      });
      const headers = {
        "content-type": "application/json",
        ...options.headers,
        ...(await sign(body, options)),
      };
      const post = state.options.fetch ?? fetch;
      return post(url, { method: "POST", headers, body });
    },
  };
};
