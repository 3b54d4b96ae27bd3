import { parseArgs } from "node:util";
import { createEmulator } from "@oaikit/testing/node";
import { runScenario, scenarioDurations } from "./emulator-scenario.js";
import { startReceiver } from "./receiver.js";

const USAGE = `Usage: pnpm webhook-receiver [--port 3000] [--host 127.0.0.1] [--once] [--no-emulator]

Receives OpenAI webhooks on http://HOST:PORT/webhooks, verifies them and logs their typed events.
By default it also starts the @oaikit/testing emulator, posting its webhooks here, and runs work
that ends in events. With OPENAI_WEBHOOK_SECRET set (or --no-emulator) it only receives.`;

const print = (line: string) => process.stdout.write(`${line}\n`);

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT ?? "3000" },
    host: { type: "string", default: "127.0.0.1" },
    once: { type: "boolean", default: false },
    "no-emulator": { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  print(USAGE);
  process.exit(0);
}

const configured = process.env.OPENAI_WEBHOOK_SECRET;
const useEmulator = !configured && !values["no-emulator"];
if (!configured && !useEmulator) {
  process.stderr.write(
    `--no-emulator needs OPENAI_WEBHOOK_SECRET, the endpoint's signing secret\n\n${USAGE}\n`,
  );
  process.exit(1);
}
// With the emulator, a fresh random secret shared in-process only: it is never printed.
const secret =
  configured ?? `whsec_${btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))))}`;

const receiver = await startReceiver({
  secret,
  port: Number(values.port),
  host: values.host,
  print,
});
print(`receiving webhooks on ${receiver.url}`);

if (!useEmulator) {
  print("point your endpoint (dashboard > Webhooks) at this URL, through a tunnel if it is local");
} else {
  const emulator = createEmulator({
    webhooks: [{ url: receiver.url, secret }],
    durations: scenarioDurations,
  });
  const { baseURL } = await emulator.listen();
  print(`emulator at ${baseURL} posts its webhooks here`);
  await runScenario(emulator, baseURL, print);
  const failed = emulator.webhooks.deliveries.filter((delivery) => delivery.state !== "delivered");
  print(`${emulator.webhooks.deliveries.length} webhooks delivered, ${failed.length} failed`);
  if (values.once) {
    await emulator.close();
    await receiver.close();
    process.exit(failed.length === 0 ? 0 : 1);
  }
  print(
    `still listening: send background work to ${baseURL} from any client to see more (Ctrl-C stops)`,
  );
  process.once("SIGINT", () => void emulator.close().then(() => process.exit(0)));
}
