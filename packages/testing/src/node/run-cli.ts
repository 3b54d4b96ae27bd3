import { parseArgs } from "node:util";
import type { EmulatorOptions } from "../emulator/types.js";
import type { CorsOption } from "../wire/cors.js";
import { createEmulator, type NodeEmulator } from "./create-node-emulator.js";

export const USAGE = `Usage: oaikit-emulator [--port 4010] [--host 127.0.0.1] [--reject-auth] [--seed N]
                       [--cors ORIGIN ...]
                       [--webhook-url URL]... [--webhook-secret whsec_...] [--webhook-events a,b]

Serves a local emulator of the OpenAI API. Point a client at the printed base URL.
Web pages served from localhost may call it; --cors https://app.example allows another
page (repeat it for more), --cors '*' any page, --cors off none.
With --webhook-url it posts signed webhook events there (background responses, batches,
fine-tuning jobs and eval runs as they finish), signed with --webhook-secret or, if that is
absent, $OPENAI_WEBHOOK_SECRET. --webhook-events limits them to the types listed.`;

export interface CliRun {
  emulator: NodeEmulator;
  baseURL: string;
}

const integer = (name: string, raw: string, min: number, max: number): number => {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`--${name} must be an integer from ${min} to ${max}, got "${raw}"\n\n${USAGE}`);
  }
  return value;
};

const corsOption = (values: string[] | undefined): CorsOption | undefined => {
  if (!values || values.length === 0) return undefined;
  if (values.includes("off")) {
    if (values.length > 1)
      throw new Error(`--cors off cannot be combined with origins\n\n${USAGE}`);
    return false;
  }
  if (values.includes("*")) return { origins: "*" };
  for (const origin of values) {
    if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
      throw new Error(
        `--cors needs an origin like https://app.example, got "${origin}"\n\n${USAGE}`,
      );
    }
  }
  return { origins: values };
};

/** Parses the command line and starts serving; `undefined` when only help was asked for. */
export const runCli = async (
  argv: readonly string[],
  print: (line: string) => void,
): Promise<CliRun | undefined> => {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: "string", default: "4010" },
      host: { type: "string", default: "127.0.0.1" },
      "reject-auth": { type: "boolean", default: false },
      seed: { type: "string" },
      cors: { type: "string", multiple: true },
      "webhook-url": { type: "string", multiple: true },
      "webhook-secret": { type: "string" },
      "webhook-events": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    print(USAGE);
    return undefined;
  }
  const options: EmulatorOptions = { auth: values["reject-auth"] ? "reject" : "any" };
  if (values.seed !== undefined) options.seed = integer("seed", values.seed, 0, 2 ** 32 - 1);
  const urls = values["webhook-url"] ?? [];
  if (urls.length > 0) {
    const secret = values["webhook-secret"] ?? process.env.OPENAI_WEBHOOK_SECRET;
    if (!secret) {
      throw new Error(
        `--webhook-url needs a signing secret: --webhook-secret whsec_... or OPENAI_WEBHOOK_SECRET\n\n${USAGE}`,
      );
    }
    const events = values["webhook-events"]?.split(",").map((type) => type.trim());
    options.webhooks = urls.map((url) => ({ url, secret, ...(events ? { events } : {}) }));
  } else if (values["webhook-secret"] || values["webhook-events"]) {
    throw new Error(`--webhook-secret and --webhook-events need --webhook-url\n\n${USAGE}`);
  }
  const port = integer("port", values.port, 0, 65535);
  const emulator = createEmulator(options);
  const { baseURL } = await emulator.listen({
    port,
    host: values.host,
    cors: corsOption(values.cors),
  });
  print(`oaikit emulator listening on ${baseURL}`);
  for (const endpoint of options.webhooks ?? []) print(`posting webhooks to ${endpoint.url}`);
  return { emulator, baseURL };
};
