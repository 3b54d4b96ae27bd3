// The smoke run in a web page: the driver calls `window.runSmoke(request)` and awaits the results.
import { runSmoke } from "../smoke/run-smoke.js";

(globalThis as { runSmoke?: typeof runSmoke }).runSmoke = (request) =>
  runSmoke({ ...request, browser: true });
