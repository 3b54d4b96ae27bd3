/** One single-call program whose bundle we weigh. */
export interface BundleEntry {
  id: string;
  label: string;
  /** Workspace packages (folder names under packages/) that must be built for this entry. */
  needs: string[];
  code: string;
  /**
   * Split at dynamic `import()` as app bundlers do (default), or not, as esbuild does by
   * default: then every lazily imported module is inlined and loads up front.
   */
  splitting?: boolean;
}

const body = `{ model: "gpt-5.1", input: "Hi" }`;

export const coreRequest: BundleEntry = {
  id: "core-request",
  label: "core: createClient + request",
  needs: ["core"],
  code: `import { createClient, request } from "@oaikit/core";
const client = createClient({ apiKey: "sk-bench" });
export const result = request(client, { method: "POST", path: "/responses", body: ${body} });
`,
};

export const coreHooks: BundleEntry = {
  id: "core-hooks",
  label: "core: createClient + withHooks + request",
  needs: ["core"],
  code: `import { createClient, request } from "@oaikit/core";
import { withHooks } from "@oaikit/core/hooks";
const transport = withHooks({ afterResponse: (response) => console.log(response.status) });
const client = createClient({ apiKey: "sk-bench", transport });
export const result = request(client, { method: "POST", path: "/responses", body: ${body} });
`,
};

export const coreStream: BundleEntry = {
  id: "core-stream",
  label: "core: createClient + requestStream",
  needs: ["core"],
  code: `import { createClient, requestStream } from "@oaikit/core";
const client = createClient({ apiKey: "sk-bench" });
export const result = requestStream(client, {
  method: "POST",
  path: "/responses",
  body: { ...${body}, stream: true },
});
`,
};

export const openaiRequest: BundleEntry = {
  id: "openai-request",
  label: "openai: responses.create",
  needs: [],
  code: `import OpenAI from "openai";
const client = new OpenAI({ apiKey: "sk-bench", dangerouslyAllowBrowser: true });
export const result = client.responses.create(${body});
`,
};

export const kyAlone: BundleEntry = {
  id: "ky-alone",
  label: "ky alone: ky.post().json()",
  needs: [],
  code: `import ky from "ky";
export const result = ky.post("https://api.openai.com/v1/responses", { json: ${body} }).json();
`,
};

export const responsesCreate: BundleEntry = {
  id: "responses-create",
  label: "@oaikit/responses: createResponse",
  needs: ["core", "responses"],
  code: `import { createClient } from "@oaikit/core";
import { createResponse } from "@oaikit/responses";
const client = createClient({ apiKey: "sk-bench" });
export const result = createResponse(client, ${body});
`,
};

export const responsesCreateUnsplit: BundleEntry = {
  ...responsesCreate,
  id: "responses-create-unsplit",
  label: "@oaikit/responses: createResponse, not split at import()",
  splitting: false,
};

export const responsesRetrieve: BundleEntry = {
  id: "responses-retrieve",
  label: "@oaikit/responses: retrieveResponse",
  needs: ["core", "responses"],
  code: `import { createClient } from "@oaikit/core";
import { retrieveResponse } from "@oaikit/responses";
const client = createClient({ apiKey: "sk-bench" });
export const result = retrieveResponse(client, { response_id: "resp_1" });
`,
};

export const webhooksVerify: BundleEntry = {
  id: "webhooks-verify",
  label: "@oaikit/webhooks: verifyWebhook",
  needs: ["core", "webhooks"],
  code: `import { verifyWebhook } from "@oaikit/webhooks";
export const handle = (body, headers) => verifyWebhook(body, headers, "whsec_YmVuY2g=");
`,
};

export const webhooksHandler: BundleEntry = {
  id: "webhooks-handler",
  label: "@oaikit/webhooks: createWebhookHandler",
  needs: ["core", "webhooks"],
  code: `import { createWebhookHandler } from "@oaikit/webhooks";
export default {
  fetch: createWebhookHandler({
    secret: "whsec_YmVuY2g=",
    on: { "response.completed": (event) => console.log(event.data.id) },
  }),
};
`,
};

export const responsesStreamFinal: BundleEntry = {
  id: "responses-stream-final",
  label: "@oaikit/responses: streamResponse + finalResponse",
  needs: ["core", "responses"],
  code: `import { createClient } from "@oaikit/core";
import { streamResponse } from "@oaikit/responses";
const client = createClient({ apiKey: "sk-bench" });
export const result = streamResponse(client, ${body}).finalResponse();
`,
};

export const chatStreamFinal: BundleEntry = {
  id: "chat-stream-final",
  label: "@oaikit/chat: streamChatCompletion + finalChatCompletion",
  needs: ["core", "chat"],
  code: `import { createClient } from "@oaikit/core";
import { streamChatCompletion } from "@oaikit/chat";
const client = createClient({ apiKey: "sk-bench" });
export const result = streamChatCompletion(client, {
  model: "gpt-5.1",
  messages: [{ role: "user", content: "Hi" }],
}).finalChatCompletion();
`,
};

export const allEntries: BundleEntry[] = [
  coreRequest,
  coreStream,
  openaiRequest,
  kyAlone,
  responsesCreate,
  responsesRetrieve,
  webhooksVerify,
  webhooksHandler,
  responsesStreamFinal,
  chatStreamFinal,
];

const valibotWeather = `import * as v from "valibot";
import { toStandardJsonSchema } from "@valibot/to-json-schema";
const Weather = toStandardJsonSchema(v.object({ city: v.string(), celsius: v.number() }));`;

export const responsesParseValibot: BundleEntry = {
  id: "responses-parse-valibot",
  label: "@oaikit/responses: parseResponse + textFormat (valibot)",
  needs: ["core", "responses"],
  code: `import { createClient } from "@oaikit/core";
import { parseResponse, textFormat } from "@oaikit/responses";
${valibotWeather}
const client = createClient({ apiKey: "sk-bench" });
export const result = parseResponse(client, {
  ...${body},
  text: { format: textFormat(Weather, { name: "weather" }) },
});
`,
};

export const responsesRunTools: BundleEntry = {
  id: "responses-run-tools",
  label: "@oaikit/responses: runTools + one tool (valibot)",
  needs: ["core", "responses"],
  code: `import { createClient } from "@oaikit/core";
import { runTools, tool } from "@oaikit/responses";
${valibotWeather}
const client = createClient({ apiKey: "sk-bench" });
const weather = tool({
  name: "get_weather",
  parameters: Weather,
  execute: ({ city }) => ({ city, celsius: 21 }),
});
export const result = runTools(client, { ...${body}, tools: [weather] });
`,
};
