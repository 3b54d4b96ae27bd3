import { type Client, ValidationError } from "@oaikit/core";
import {
  createRealtimeConnection,
  type RealtimeConnection,
  type RealtimeConnectOptions,
} from "../connection/realtime-connection.js";
import { RealtimeError } from "../errors/realtime-error.js";
import { createRealtimeCall } from "../generated/operations.js";
import type { Transport, TransportListener } from "../socket/transport.js";

/** The parts of a WebRTC MediaStream this module uses (no DOM types in the public API). */
export interface RealtimeMediaStream {
  getAudioTracks(): unknown[];
}

export interface RealtimeWebRTCOptions
  extends Omit<
    RealtimeConnectOptions,
    "reconnect" | "heartbeat" | "auth" | "audioHighWaterMark" | "clientSecret"
  > {
  /** The model; with an ephemeral client secret the secret's session already names one. */
  model?: string | undefined;
  /** The microphone (its audio tracks are sent); without one the call only receives audio. */
  mediaStream?: RealtimeMediaStream | undefined;
  /** Passed to `new RTCPeerConnection()`. */
  rtcConfiguration?: Record<string, unknown> | undefined;
  /** Called with the model's audio stream once it arrives (play it in an `<audio>` element). */
  onRemoteStream?: ((stream: unknown) => void) | undefined;
}

/** A Realtime session over WebRTC: the model's audio on a media track, events on a data channel. */
export interface RealtimeWebRTCConnection extends RealtimeConnection {
  /** The underlying `RTCPeerConnection`. */
  readonly peerConnection: unknown;
}

interface PeerLike {
  addTrack(track: unknown, stream: unknown): void;
  addTransceiver(kind: string, init: { direction: string }): void;
  createDataChannel(label: string): ChannelLike;
  createOffer(): Promise<{ sdp?: string }>;
  setLocalDescription(description: { type: string; sdp?: string }): Promise<void>;
  setRemoteDescription(description: { type: string; sdp: string }): Promise<void>;
  close(): void;
  addEventListener(type: string, listener: (event: any) => void): void;
  readonly connectionState: string;
}
interface ChannelLike {
  readonly bufferedAmount: number;
  readonly readyState: string;
  send(text: string): void;
  close(): void;
  addEventListener(type: string, listener: (event: any) => void): void;
}

/** The data channel name the Realtime API reads events from. */
const EVENTS_CHANNEL = "oai-events";

/**
 * Opens a Realtime session over WebRTC in a browser: an `RTCPeerConnection` with the
 * microphone's audio (when given) and a data channel for events, its SDP offer posted to
 * `/realtime/calls`, and the data channel driving the same typed connection as `connectRealtime`
 * (no reconnect or heartbeat: a new call is a new session). Pass an ephemeral client secret.
 * See https://developers.openai.com/api/docs/guides/realtime-webrtc
 */
export const connectRealtimeWebRTC = async (
  client: Client,
  options: RealtimeWebRTCOptions = {},
): Promise<RealtimeWebRTCConnection> => {
  const Peer = (globalThis as { RTCPeerConnection?: new (config?: unknown) => PeerLike })
    .RTCPeerConnection;
  if (!Peer) {
    throw new ValidationError(
      "RTCPeerConnection",
      "This runtime has no RTCPeerConnection: use connectRealtime (WebSocket) outside a browser.",
    );
  }
  const key = client.config.apiKey ?? "";
  // Ephemeral secrets are meant for pages; a standard key still needs the caller's consent.
  const caller = key.startsWith("ek_") ? client.with({ dangerouslyAllowBrowser: true }) : client;
  let peer: PeerLike | undefined;
  const open = async (listener: TransportListener, signal?: AbortSignal): Promise<Transport> => {
    peer = new Peer(options.rtcConfiguration);
    const current = peer;
    const tracks = options.mediaStream?.getAudioTracks() ?? [];
    for (const track of tracks) current.addTrack(track, options.mediaStream);
    if (tracks.length === 0) current.addTransceiver("audio", { direction: "recvonly" });
    current.addEventListener("track", (event) => options.onRemoteStream?.(event.streams?.[0]));
    const channel = current.createDataChannel(EVENTS_CHANNEL);
    const offer = await current.createOffer();
    await current.setLocalDescription({ type: "offer", sdp: offer.sdp });
    let answer: string;
    try {
      answer = await createRealtimeCall(
        caller,
        { sdp: offer.sdp ?? "" },
        { signal, query: options.model ? { model: options.model } : undefined },
      );
      await current.setRemoteDescription({ type: "answer", sdp: answer });
    } catch (error) {
      current.close();
      throw error;
    }
    await new Promise<void>((resolve, reject) => {
      const fail = (reason: string) => {
        current.close();
        reject(new RealtimeError(1006, "", `The WebRTC data channel did not open: ${reason}.`));
      };
      channel.addEventListener("open", () => resolve());
      channel.addEventListener("error", () => fail("the channel reported an error"));
      current.addEventListener("connectionstatechange", () => {
        if (current.connectionState === "failed") fail("the peer connection failed");
      });
      signal?.addEventListener("abort", () => fail("aborted"), { once: true });
    });
    let closing = false;
    channel.addEventListener("message", (event) => listener.message(String(event.data)));
    channel.addEventListener("close", () => {
      listener.close(closing ? 1000 : 1006, "");
      current.close();
    });
    return {
      send: (text) => channel.send(text),
      close: () => {
        closing = true;
        channel.close();
      },
      terminate: () => {
        closing = true;
        channel.close();
        current.close();
      },
      get bufferedAmount() {
        return channel.bufferedAmount;
      },
    };
  };
  const connection = await createRealtimeConnection(client, open, [key], options);
  return Object.defineProperty(connection, "peerConnection", {
    get: () => peer,
    enumerable: true,
  }) as RealtimeWebRTCConnection;
};
