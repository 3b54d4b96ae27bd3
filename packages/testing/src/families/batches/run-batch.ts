import type { EmulatorState } from "../../emulator/state.js";
import { addFile, fileText } from "../files/store.js";

export interface BatchOutcome {
  outputFileId: string | null;
  errorFileId: string | null;
  counts: { total: number; completed: number; failed: number };
}

const jsonl = (lines: readonly unknown[]) =>
  new TextEncoder().encode(lines.map((line) => `${JSON.stringify(line)}\n`).join(""));

/**
 * Runs every line of the input file through the emulator itself; 2xx answers go to the output
 * file, failures and unreadable lines to the error file.
 */
export const runBatch = async (
  state: EmulatorState,
  inputFileId: string,
  endpoint: string,
): Promise<BatchOutcome> => {
  const input = state.stores.files.get(inputFileId);
  const lines = input
    ? fileText(input)
        .split("\n")
        .filter((line) => line.trim() !== "")
    : [];
  const outputs: unknown[] = [];
  const errors: unknown[] = [];
  for (const [index, line] of lines.entries()) {
    const id = state.ids.hex("batch_req_", 32);
    let request: { custom_id?: string; method?: string; url?: string; body?: unknown };
    try {
      request = JSON.parse(line);
    } catch {
      errors.push({
        id,
        custom_id: null,
        response: null,
        error: { code: "invalid_json_line", message: `Line ${index + 1} is not valid JSON.` },
      });
      continue;
    }
    if (request.url !== endpoint || request.method !== "POST") {
      errors.push({
        id,
        custom_id: request.custom_id ?? null,
        response: null,
        error: {
          code: "invalid_request",
          message: `Line ${index + 1} must be a POST to ${endpoint}, the batch's endpoint.`,
        },
      });
      continue;
    }
    const answer = await state.invoke("POST", endpoint, request.body);
    const record = {
      id,
      custom_id: request.custom_id ?? null,
      response: {
        status_code: answer.status,
        request_id: state.requestIds.hex("req_", 32),
        body: answer.body,
      },
      error: null,
    };
    (answer.status < 300 ? outputs : errors).push(record);
  }
  const write = (records: unknown[], name: string) =>
    records.length === 0
      ? null
      : addFile(state, { filename: name, purpose: "batch_output", content: jsonl(records) }).id;
  return {
    outputFileId: write(outputs, "batch_output.jsonl"),
    errorFileId: write(errors, "batch_errors.jsonl"),
    counts: { total: lines.length, completed: outputs.length, failed: errors.length },
  };
};
