export { createNodeDispatcher, nodeFetchOptions } from "./node/dispatcher.js";
export { fileFromPath } from "./node/file-from-path.js";
export { fromNodeStream } from "./node/node-stream.js";
export { saveResponse } from "./node/save-response.js";
