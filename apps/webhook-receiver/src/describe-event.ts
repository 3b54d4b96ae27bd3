import { isKnownWebhookEvent, type UnknownWebhookEvent, type WebhookEvent } from "@oaikit/webhooks";

/** One log line per event; each branch sees its event's own typed `data`. */
export const describeEvent = (event: WebhookEvent | UnknownWebhookEvent): string => {
  if (!isKnownWebhookEvent(event)) return `${event.type} (a type this receiver does not know yet)`;
  switch (event.type) {
    case "realtime.call.incoming": {
      const from = event.data.sip_headers.find((header) => header.name === "From")?.value;
      return `${event.type}: call ${event.data.call_id} from ${from ?? "an unknown caller"}`;
    }
    case "live.call.incoming":
      return `${event.type}: session ${event.data.session_id}`;
    default:
      return `${event.type}: ${event.data.id}`;
  }
};
