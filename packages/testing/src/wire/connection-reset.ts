/**
 * Thrown (before headers) or raised inside a body stream (mid-body) to make the transport drop
 * the connection: the HTTP adapter destroys the socket, the in-process fetch fails like undici.
 */
export class ConnectionReset extends Error {
  constructor(message = "connection reset by the emulator") {
    super(message);
    this.name = "ConnectionReset";
  }
}
