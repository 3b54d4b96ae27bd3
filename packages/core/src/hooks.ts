export { type ClientHooks, withHooks } from "./hooks/with-hooks.js";
