import { afterEach, expect, it } from "vitest";
import WebSocket from "ws";
import { createEmulator, type NodeEmulator } from "./create-node-emulator.js";

let emulator: NodeEmulator | undefined;

afterEach(async () => {
  await emulator?.close();
});

/** An emulator that only takes `sk-good`, listening; and a way to mint client secrets with it. */
const start = async () => {
  emulator = createEmulator({ auth: ["sk-good"] });
  const { baseURL, port } = await emulator.listen();
  const mint = async (body: unknown) => {
    const response = await fetch(`${baseURL}/realtime/client_secrets`, {
      method: "POST",
      headers: { authorization: "Bearer sk-good", "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as { value: string; expires_at: number };
  };
  return { emulator, mint, url: `ws://127.0.0.1:${port}/v1/realtime` };
};

/** Opens the socket as a browser does (key as a subprotocol); resolves with the first event or the refusal status. */
const open = (url: string, key: string) =>
  new Promise<{ status: number; first?: any }>((resolve, reject) => {
    const socket = new WebSocket(url, ["realtime", `openai-insecure-api-key.${key}`]);
    socket.once("message", (data) => {
      resolve({ status: 101, first: JSON.parse(String(data)) });
      socket.close();
    });
    socket.once("unexpected-response", (_request, response) =>
      resolve({ status: response.statusCode ?? 0 }),
    );
    socket.once("error", reject);
  });

it("opens the Realtime WebSocket with a client secret, in the session the secret was made for", async () => {
  const { mint, url } = await start();
  const secret = await mint({
    expires_after: { anchor: "created_at", seconds: 60 },
    session: { type: "realtime", model: "gpt-realtime", instructions: "Be brief." },
  });
  expect(secret.value).toMatch(/^ek_/);
  const { status, first } = await open(url, secret.value);
  expect(status).toBe(101);
  expect(first.type).toBe("session.created");
  expect(first.session).toMatchObject({ model: "gpt-realtime", instructions: "Be brief." });
});

it("refuses a client secret once it has expired on the emulator clock", async () => {
  const { emulator, mint, url } = await start();
  const secret = await mint({ expires_after: { anchor: "created_at", seconds: 10 } });
  emulator.advance(10_000);
  expect((await open(url, secret.value)).status).toBe(401);
});

it("refuses a client secret the emulator never minted when only listed keys are accepted", async () => {
  const { url } = await start();
  expect((await open(url, "ek_made_up")).status).toBe(401);
  expect((await open(url, "sk-good")).status).toBe(101);
});
