import { createClient } from "@oaikit/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type RecordingServer,
  type Reply,
  startRecordingServer,
} from "../../../test-support/recording-server.js";
import { acceptRealtimeCall, createRealtimeCall, hangupRealtimeCall } from "./index.js";

const offer = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\n";
const answer = "v=0\r\no=- 3 4 IN IP4 127.0.0.1\r\ns=answer\r\n";

let server: RecordingServer;
const last = () => server.requests.at(-1)!;
const client = () => createClient({ apiKey: "sk-test", baseURL: server.baseURL, maxRetries: 0 });

beforeAll(async () => {
  server = await startRecordingServer((request): Reply => {
    if (request.url !== "/v1/realtime/calls") return { headers: {}, body: "" };
    return { status: 201, headers: { "content-type": "application/sdp" }, body: answer };
  });
});
afterAll(() => server.close());

describe("generated realtime call operations on the wire", () => {
  it("createRealtimeCall posts the SDP offer as application/sdp and resolves to the SDP answer", async () => {
    const sdp = await createRealtimeCall(client(), { sdp: offer });
    expect(sdp).toBe(answer);
    expect(last().method).toBe("POST");
    expect(last().headers["content-type"]).toBe("application/sdp");
    expect(last().body.toString()).toBe(offer);
  });

  it("acceptRealtimeCall posts JSON to the call's accept route and resolves to nothing", async () => {
    const result = await acceptRealtimeCall(client(), {
      call_id: "rtc_1",
      type: "realtime",
      model: "gpt-realtime",
    });
    expect(result).toBeUndefined();
    expect(last().url).toBe("/v1/realtime/calls/rtc_1/accept");
    expect(JSON.parse(last().body.toString())).toEqual({ type: "realtime", model: "gpt-realtime" });
  });

  it("hangupRealtimeCall sends no body at all", async () => {
    await hangupRealtimeCall(client(), { call_id: "rtc_1" });
    expect(last().url).toBe("/v1/realtime/calls/rtc_1/hangup");
    expect(last().body.length).toBe(0);
    expect(last().headers["content-type"]).toBeUndefined();
  });
});
