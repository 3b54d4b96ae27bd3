import { signWebhook } from "@oaikit/webhooks";
import type { EmulatorState } from "../emulator/state.js";
import { calls } from "../families/realtime/sessions-and-calls.js";
import type { Call } from "../router/handler.js";
import type { WebhookSignOptions, Webhooks } from "./types.js";

const defaultSipHeaders = [
  { name: "From", value: "sip:+15550100@sip.example.test" },
  { name: "To", value: "sip:+15550199@sip.api.openai.com" },
  { name: "Call-ID", value: "emulator-call" },
];

export const createWebhooks = (state: EmulatorState): Webhooks => {
  const sign = async (body: string, options: WebhookSignOptions) => {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    if (!Number.isInteger(timestamp)) {
      throw new TypeError("webhooks: timestamp must be whole seconds since the epoch");
    }
    const id = options.webhookId ?? state.webhooks.newWebhookId();
    return { ...(await signWebhook(body, options.secret, { id, timestamp })) };
  };
  return {
    sign,
    get deliveries() {
      return state.webhooks.deliveries;
    },
    settled: () => state.webhooks.settled(),
    incomingCall(options = {}) {
      // A call arrives from the phone network, not through a request: only the state is at hand.
      const call = calls.add({ state } as Call, { status: "incoming" });
      const sip_headers = options.sipHeaders ?? defaultSipHeaders;
      state.webhooks.emit("realtime.call.incoming", { call_id: call.id, sip_headers });
      if (options.live)
        state.webhooks.emit("live.call.incoming", { session_id: call.id, sip_headers });
      return call.id;
    },
    async send(url, event, options) {
      if (typeof event?.type !== "string" || event.type === "") {
        throw new TypeError("webhooks.send(): event.type must be a non-empty string");
      }
      const body = JSON.stringify({
        id: event.id ?? state.webhooks.newEventId(),
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
