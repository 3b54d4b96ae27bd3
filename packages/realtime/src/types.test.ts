import { describe, expectTypeOf, it } from "vitest";
import {
  type AcceptRealtimeCallParams,
  acceptRealtimeCall,
  type CreateRealtimeCallParams,
  type CreateRealtimeClientSecretParams,
  type CreateRealtimeSessionParams,
  createRealtimeCall,
  createRealtimeClientSecret,
  type RealtimeCreateClientSecretResponse,
  type RealtimeTurnDetection,
  type ReferRealtimeCallParams,
  type RejectRealtimeCallParams,
} from "./index.js";

type SecretSession = NonNullable<CreateRealtimeClientSecretParams["session"]>;

// Compile-time checks: `pnpm typecheck` fails when a generated type drifts from these.
describe("generated Realtime types", () => {
  it("createRealtimeCall sends an SDP offer string and resolves to the SDP answer string", () => {
    expectTypeOf<{ sdp: "v=0" }>().toExtend<CreateRealtimeCallParams>();
    expectTypeOf({}).not.toExtend<CreateRealtimeCallParams>();
    expectTypeOf<{ sdp: Blob }>().not.toExtend<CreateRealtimeCallParams>();
    expectTypeOf(createRealtimeCall).returns.toEqualTypeOf<Promise<string>>();
  });

  it("call control needs the call id; accept needs type realtime; refer needs a target", () => {
    expectTypeOf<{ call_id: "rtc_1"; type: "realtime" }>().toExtend<AcceptRealtimeCallParams>();
    expectTypeOf<{ call_id: "rtc_1" }>().not.toExtend<AcceptRealtimeCallParams>();
    expectTypeOf<{ type: "realtime" }>().not.toExtend<AcceptRealtimeCallParams>();
    expectTypeOf(acceptRealtimeCall).returns.toEqualTypeOf<Promise<void>>();
    expectTypeOf<{ call_id: "rtc_1" }>().toExtend<RejectRealtimeCallParams>();
    expectTypeOf<{ call_id: "rtc_1" }>().not.toExtend<ReferRealtimeCallParams>();
    expectTypeOf<{ call_id: "rtc_1"; target_uri: "tel:+1" }>().toExtend<ReferRealtimeCallParams>();
  });

  it("createRealtimeSession needs no client_secret, which the server creates, but checks its shape", () => {
    expectTypeOf({}).toExtend<CreateRealtimeSessionParams>();
    expectTypeOf<{
      instructions: "Be brief";
      voice: "alloy";
    }>().toExtend<CreateRealtimeSessionParams>();
    expectTypeOf<{
      client_secret: { value: "ek_1" };
    }>().not.toExtend<CreateRealtimeSessionParams>();
    expectTypeOf<{ instructions: 1 }>().not.toExtend<CreateRealtimeSessionParams>();
  });

  it("client secret sessions are a union discriminated by type realtime/transcription", () => {
    expectTypeOf({}).toExtend<CreateRealtimeClientSecretParams>();
    expectTypeOf<{ type: "realtime"; model: "gpt-realtime" }>().toExtend<SecretSession>();
    expectTypeOf<{ type: "transcription" }>().toExtend<SecretSession>();
    expectTypeOf<{ type: "translation" }>().not.toExtend<SecretSession>();
    expectTypeOf(createRealtimeClientSecret).returns.toEqualTypeOf<
      Promise<RealtimeCreateClientSecretResponse>
    >();
    expectTypeOf<RealtimeCreateClientSecretResponse["value"]>().toEqualTypeOf<string>();
  });

  it("turn detection is a nullable union discriminated by type with its own enums", () => {
    expectTypeOf<null>().toExtend<RealtimeTurnDetection>();
    expectTypeOf<{ type: "semantic_vad"; eagerness: "high" }>().toExtend<RealtimeTurnDetection>();
    expectTypeOf<{
      type: "semantic_vad";
      eagerness: "max";
    }>().not.toExtend<RealtimeTurnDetection>();
    expectTypeOf<{ type: "client_vad" }>().not.toExtend<RealtimeTurnDetection>();
  });
});
