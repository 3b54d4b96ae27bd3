import type { EmulatorState } from "../../emulator/state.js";
import { fileText } from "../files/store.js";

export interface BatchLine {
  custom_id: string;
  body: unknown;
}

export interface BatchLineError {
  code: string;
  message: string;
  param: string | null;
  line: number;
}

/**
 * Reads the input file as the API's validation step does: every line must be a JSON request
 * with a `custom_id`, posted to the batch's endpoint. One bad line fails the whole batch before
 * any request runs, with the errors in `errors`.
 */
export const validateBatchInput = (
  state: EmulatorState,
  inputFileId: string,
  endpoint: string,
): { lines: BatchLine[]; errors: BatchLineError[] } => {
  const input = state.stores.files.get(inputFileId);
  const texts = input ? fileText(input).split("\n") : [];
  const lines: BatchLine[] = [];
  const errors: BatchLineError[] = [];
  texts.forEach((text, index) => {
    if (text.trim() === "") return;
    const line = index + 1;
    let request: Record<string, unknown>;
    try {
      request = JSON.parse(text);
    } catch {
      errors.push({
        code: "invalid_json_line",
        message: `Line ${line} is not valid JSON.`,
        param: null,
        line,
      });
      return;
    }
    if (typeof request?.custom_id !== "string" || request.custom_id === "") {
      errors.push({
        code: "missing_required_parameter",
        message: `Line ${line} has no custom_id.`,
        param: "custom_id",
        line,
      });
    } else if (request.method !== "POST") {
      errors.push({
        code: "invalid_request",
        message: `Line ${line} must use the POST method.`,
        param: "method",
        line,
      });
    } else if (request.url !== endpoint) {
      errors.push({
        code: "invalid_request",
        message: `Line ${line} must be a request to ${endpoint}, the batch's endpoint.`,
        param: "url",
        line,
      });
    } else {
      lines.push({ custom_id: request.custom_id, body: request.body });
    }
  });
  return { lines, errors };
};
