import { readFileSync } from "node:fs";
import { expect, it } from "vitest";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8").trimEnd();

it("shows in the README exactly the example code that the test runs", () => {
  const readme = read("../../README.md");
  expect(readme).toContain(`\`\`\`ts\n${read("./weather.ts")}\n\`\`\``);
  expect(readme).toContain(`\`\`\`ts\n${read("./weather.test.ts")}\n\`\`\``);
});
