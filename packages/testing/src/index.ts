export { createEmulator } from "./emulator/create-emulator.js";
export type { Durations, RecordedRequest } from "./emulator/state.js";
export type { Emulator, EmulatorOptions } from "./emulator/types.js";
export type {
  CutStreamFault,
  DripFault,
  FaultEffect,
  FaultHandle,
  FaultRequest,
  FaultSpec,
  FaultTarget,
  MalformedJsonFault,
  ResetFault,
  ResetMidBodyFault,
  StallFault,
  StatusFault,
  WsCloseFault,
  WsDropFault,
} from "./faults/types.js";
export type {
  GenerationRequest,
  ScriptedError,
  ScriptedOutput,
  ScriptedToolCall,
  ScriptFamily,
  ScriptStep,
} from "./script/types.js";
export type {
  WebhookEventInput,
  WebhookSendOptions,
  WebhookSignOptions,
  Webhooks,
} from "./webhooks/types.js";
export type { AuthMode } from "./wire/auth.js";
export type { RateLimitOptions } from "./wire/rate-limits.js";
