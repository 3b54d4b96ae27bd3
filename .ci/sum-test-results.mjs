// Sums every vitest JSON report of this run into the one line CI reads: "N passed, N failed".
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const files = execFileSync("git", ["ls-files", "--others", "--ignored", "--exclude-standard"], {
  encoding: "utf8",
  maxBuffer: 64 * 1024 * 1024,
})
  .split("\n")
  .filter((file) => file.endsWith("test-results.json") && !file.includes("node_modules/"));

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of files) {
  const report = JSON.parse(readFileSync(file, "utf8"));
  // A test file that fails before running any test (an import error) has no assertions to count.
  const brokenFiles = (report.testResults ?? []).filter(
    (suite) => suite.status === "failed" && (suite.assertionResults ?? []).length === 0,
  ).length;
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + brokenFiles;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  console.log(
    `  ${file}: ${report.numPassedTests} passed, ${report.numFailedTests + brokenFiles} failed`,
  );
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
