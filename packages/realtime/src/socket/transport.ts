/** What a transport tells its owner; events of a transport the owner has dropped are ignored. */
export interface TransportListener {
  /** One text frame (binary frames are decoded as UTF-8). */
  message(text: string): void;
  /** The connection ended; 1006 when it broke without a close frame. */
  close(code: number, reason: string): void;
  /** A sign of life that is not a message, such as a pong. */
  alive(): void;
}

/**
 * One open socket (a WebSocket, or a WebRTC data channel) carrying Realtime events as JSON text.
 * Hand-written so that no runtime's WebSocket type reaches the public declarations.
 */
export interface Transport {
  send(text: string): void;
  /** Starts the closing handshake. */
  close(code?: number, reason?: string): void;
  /** Drops the connection at once, without a handshake (the peer may be gone). */
  terminate(): void;
  /** Bytes handed to `send` that the runtime has not yet written to the network. */
  readonly bufferedAmount: number;
  /** Sends a protocol-level ping where the runtime can; the pong arrives as `alive()`. */
  ping?(): void;
}

/** Opens a fresh transport; called once per connection attempt. */
export type OpenTransport = (
  listener: TransportListener,
  signal?: AbortSignal,
) => Promise<Transport>;
