// Sums every vitest JSON report of this run into the one line CI reads: "N passed, N failed".
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const files = execFileSync("git", ["ls-files", "--others", "--ignored", "--exclude-standard"], {
  encoding: "utf8",
  maxBuffer: 64 * 1024 * 1024,
})
  .split("\n")
  .filter((file) => file.endsWith("test-results.json") && !file.includes("node_modules/"));

const failures = [];
let passed = 0;
let failed = 0;
const firstLine = (text) =>
  String(text ?? "")
    .split("\n")[0]
    .slice(0, 300);
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
  for (const suite of report.testResults ?? []) {
    const where = suite.name.slice(suite.name.lastIndexOf("/src/") + 1);
    if (suite.status === "failed" && (suite.assertionResults ?? []).length === 0) {
      failures.push(`${where}: ${firstLine(suite.message)}`);
    }
    for (const test of suite.assertionResults ?? []) {
      if (test.status === "failed") {
        failures.push(`${where} > ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
      }
    }
  }
}
// CI logs are often read only from their tail, so the failed tests are named right above the sum.
if (failures.length > 0) {
  console.log("failed tests:");
  for (const failure of failures) console.log(`  - ${failure}`);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
