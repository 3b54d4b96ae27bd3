import { type Client, ValidationError } from "@oaikit/core";
import { openWebSocket } from "./open-websocket.js";
import { type RealtimeAuthMode, socketTarget } from "./socket-target.js";
import type { OpenTransport } from "./transport.js";

/** A key for the next connection, asked for before each one. */
export type RealtimeClientSecretSource = () => string | Promise<string>;

/**
 * How each connection to `url` opens: with the client's key, checked before anything is sent,
 * or with a key from `clientSecret`, asked for again before every connection (the first and each
 * reconnect), since a browser's ephemeral secret expires. Every key used joins `secrets`, so the
 * engine's logs and errors never show one.
 */
export const socketOpener = (
  client: Client,
  url: string,
  auth: RealtimeAuthMode | undefined,
  clientSecret: RealtimeClientSecretSource | undefined,
): { open: OpenTransport; secrets: string[] } => {
  if (clientSecret === undefined) {
    const target = socketTarget(client, url, auth);
    return {
      open: (listener, signal) => openWebSocket(target, listener, signal),
      secrets: target.secrets,
    };
  }
  if (typeof clientSecret !== "function") {
    throw new ValidationError(
      "clientSecret",
      "clientSecret must be a function returning the key for the next connection, such as a fresh ephemeral client secret from your server.",
    );
  }
  const secrets: string[] = [];
  return {
    secrets,
    open: async (listener, signal) => {
      const key = await clientSecret();
      if (typeof key !== "string" || key === "") {
        throw new ValidationError(
          "clientSecret",
          "clientSecret() must resolve to a non-empty key.",
        );
      }
      if (!secrets.includes(key)) secrets.push(key);
      const target = socketTarget(client.with({ apiKey: key }), url, auth);
      return openWebSocket(target, listener, signal);
    },
  };
};
