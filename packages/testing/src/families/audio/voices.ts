import type { CreateVoiceConsentParams } from "@oaikit/audio";
import type { OperationHandlers } from "../../generated/operation-handlers.js";
import { defineResource } from "../../records/resource.js";
import type { Call } from "../../router/handler.js";
import { invalidRequest } from "../../wire/api-error.js";
import { jsonReply } from "../../wire/reply.js";

const consents = defineResource({
  label: "voice consent",
  idParam: "consent_id",
  newId: ({ state }) => state.ids.alnum("cons_", 24),
});

const voices = defineResource({
  label: "voice",
  idParam: "voice_id",
  newId: ({ state }) => state.ids.alnum("voice_", 24),
});

export const voicesHandlers = {
  createVoiceConsent: consents.create(({ body }: Call<CreateVoiceConsentParams>) => ({
    name: body.name,
    language: body.language,
  })),
  listVoiceConsents: consents.list(),
  retrieveVoiceConsent: consents.retrieve(),
  updateVoiceConsent: consents.update(),
  deleteVoiceConsent: consents.remove(),
  // A custom voice needs a recorded consent from the speaker.
  createVoice: (call) => {
    if (!consents.items(call).has(call.body.consent)) {
      throw invalidRequest(`No voice consent found with id '${call.body.consent}'.`, "consent");
    }
    return jsonReply(voices.add(call, { name: call.body.name }));
  },
} satisfies Partial<OperationHandlers>;
