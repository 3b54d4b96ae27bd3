// Node-only subpath: `node:http` request and response objects. The root entry imports no Node built-in.
export { createNodeWebhookHandler } from "./node/create-node-webhook-handler.js";
