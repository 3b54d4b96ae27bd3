import type { RealtimeSessionCreateResponse } from "@oaikit/realtime";
import type { OperationHandlers } from "../../generated/operation-handlers.js";
import { initialSession, mergeSession } from "../../realtime/session-config.js";
import type { Item } from "../../records/collection.js";
import { defineResource } from "../../records/resource.js";
import type { Answer, Call } from "../../router/handler.js";
import { jsonReply, type Reply } from "../../wire/reply.js";
import { mintClientSecret } from "./client-secrets.js";

export const calls = defineResource({
  label: "call",
  idParam: "call_id",
  newId: ({ state }) => state.ids.alnum("rtc_", 24),
});

const DEFAULT_MODEL = "gpt-realtime";

/** The session a client secret opens: the WebSocket's defaults with the request's settings. */
const sessionFor = (call: Call, request: Record<string, any> = {}, expiresAt: number) => {
  const id = call.state.ids.alnum("sess_", 21);
  if (request.type === "transcription") {
    return { object: "realtime.transcription_session", id, expires_at: expiresAt, ...request };
  }
  const { type: _, ...settings } = request;
  return mergeSession(initialSession(id, settings.model ?? DEFAULT_MODEL, expiresAt), settings);
};

const seconds = (expiresAfter: { seconds?: number | undefined } | undefined) =>
  expiresAfter?.seconds ?? 600;

/** Call control: changes the call the path names and answers with an empty 200. */
const control =
  (apply: (item: Item, call: Call) => void) =>
  (call: Call): Reply => {
    apply(calls.find(call), call);
    return { kind: "bytes", status: 200, body: new Uint8Array(), contentType: "application/json" };
  };

/** A minimal SDP answer to the offer, enough for a client to read back. */
const sdpAnswer = (id: string) =>
  [
    "v=0",
    `o=- ${id.length}${id.charCodeAt(4)} 2 IN IP4 127.0.0.1`,
    "s=-",
    "t=0 0",
    "a=group:BUNDLE 0",
    "m=audio 9 UDP/TLS/RTP/SAVPF 111",
    "c=IN IP4 0.0.0.0",
    "a=mid:0",
    "a=sendrecv",
    "a=rtpmap:111 opus/48000/2",
    "",
  ].join("\r\n");

export const sessionsAndCallsHandlers = {
  createRealtimeClientSecret: (call) => {
    const ttl = seconds(call.body.expires_after);
    const expiresAt = call.state.clock.seconds() + ttl;
    const session = sessionFor(call, call.body.session, expiresAt);
    const secret = mintClientSecret(call.state, session, ttl);
    return jsonReply({ value: secret.id, expires_at: secret.expires_at, session });
  },
  createRealtimeTranslationClientSecret: (call) => {
    const ttl = seconds(call.body.expires_after);
    const expiresAt = call.state.clock.seconds() + ttl;
    const session = {
      type: "translation",
      id: call.state.ids.alnum("sess_", 21),
      model: call.body.session.model ?? DEFAULT_MODEL,
      expires_at: expiresAt,
      audio: call.body.session.audio ?? {},
    };
    const secret = mintClientSecret(call.state, session, ttl);
    return jsonReply({ value: secret.id, expires_at: secret.expires_at, session });
  },
  // The older session routes answer with the session and its client secret inside.
  createRealtimeSession: (call) => {
    const expiresAt = call.state.clock.seconds() + 600;
    const session = sessionFor(call, call.body as Record<string, any>, expiresAt);
    const secret = mintClientSecret(call.state, session, 600);
    // The spec's answer type leaves out the `client_secret` the API sends with the session.
    return jsonReply({
      ...session,
      client_secret: { value: secret.id, expires_at: secret.expires_at },
    } as Answer<RealtimeSessionCreateResponse>);
  },
  createRealtimeTranscriptionSession: (call) => {
    const expiresAt = call.state.clock.seconds() + 600;
    const session = {
      ...call.body,
      object: "realtime.transcription_session",
      id: call.state.ids.alnum("sess_", 21),
    };
    const secret = mintClientSecret(call.state, { ...session, type: "transcription" }, 600);
    return jsonReply({ ...session, client_secret: { value: secret.id, expires_at: expiresAt } });
  },
  createRealtimeCall: (call) => {
    const created = calls.add(call, { status: "active" });
    return {
      kind: "bytes",
      status: 201,
      body: new TextEncoder().encode(sdpAnswer(created.id)),
      contentType: "application/sdp",
      headers: { location: `/v1/realtime/calls/${created.id}` },
    };
  },
  acceptRealtimeCall: control((item) => {
    item.status = "accepted";
  }),
  rejectRealtimeCall: control((item) => {
    item.status = "rejected";
  }),
  referRealtimeCall: control((item, call) => {
    item.referred_to = call.body.target_uri;
  }),
  hangupRealtimeCall: control((item) => {
    item.status = "ended";
  }),
} satisfies Partial<OperationHandlers>;
