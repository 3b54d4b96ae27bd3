// The generated list names every export explicitly; hand-written helpers add theirs below.

export type { RealtimeAudioInput } from "./audio/pcm16-base64.js";
export type { RealtimeAckTypes } from "./connection/acks.js";
export { connectRealtime, type RealtimeTarget } from "./connection/connect-realtime.js";
export {
  connectRealtimeTranslation,
  type RealtimeTranslationConnection,
  type RealtimeTranslationConnectOptions,
  type RealtimeTranslationReconnectReport,
} from "./connection/connect-translation.js";
export type {
  RealtimeConnection,
  RealtimeConnectOptions,
  RealtimeLoss,
  RealtimeReconnectReport,
  RealtimeSessionUpdate,
} from "./connection/realtime-connection.js";
export type {
  RealtimeAck,
  RealtimeReconnectOptions,
  RealtimeSocket,
  RealtimeSocketOptions,
  RealtimeUnknownEvent,
} from "./connection/types.js";
export type { RealtimeConversation, RealtimeResponseState } from "./conversation/conversation.js";
export { RealtimeError, RealtimeServerError } from "./errors/realtime-error.js";
export * from "./generated/index-exports.js";
export type { RealtimeClientSecretSource } from "./socket/socket-opener.js";
export {
  connectRealtimeWebRTC,
  type RealtimeMediaStream,
  type RealtimeWebRTCConnection,
  type RealtimeWebRTCOptions,
} from "./webrtc/connect-webrtc.js";
