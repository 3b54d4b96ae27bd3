import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderOperationIndex, withOperationIndex } from "./operation-index.js";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const readme = fileURLToPath(new URL("../README.md", import.meta.url));
const before = readFileSync(readme, "utf8");
const after = withOperationIndex(before, renderOperationIndex(packageDir));
if (after !== before) writeFileSync(readme, after);
