import { openBackend } from "./backend.js";
import { heading } from "./print.js";
import { sections } from "./sections/all.js";

const model = process.env.OAIKIT_DEMO_MODEL ?? "gpt-5-mini";
const backend = await openBackend();
process.stdout.write(`oaikit demo: talking to ${backend.description}\n`);

try {
  for (const [index, section] of sections.entries()) {
    heading(index + 1, section.title);
    await section.run(backend, model);
  }
  process.stdout.write("\ndone.\n");
} finally {
  await backend.close();
}
