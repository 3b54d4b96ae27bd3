import type { ScriptedOutput, ScriptFamily, ScriptStep } from "./types.js";

export interface ScriptQueue {
  push(steps: readonly ScriptStep[]): void;
  /** Removes and returns the first step meant for `family`, if any. */
  take(family: ScriptFamily): ScriptStep | undefined;
  /**
   * Removes and returns the first step given `for: family` explicitly, if any: for askers that
   * ask often (a translation asks per audio chunk), so they never eat steps meant for others.
   */
  takeScoped(family: ScriptFamily): ScriptedOutput | undefined;
  /** Steps not consumed yet. */
  readonly size: number;
  clear(): void;
}

const FAMILIES: readonly ScriptFamily[] = [
  "responses",
  "chat",
  "completions",
  "realtime",
  "assistants",
  "transcriptions",
  "translations",
];

const fail = (index: number, field: string, fix: string): never => {
  throw new TypeError(`script(): step ${index}: ${field} ${fix}`);
};

const checkOutput = (step: ScriptedOutput, index: number): void => {
  if (step.for !== undefined && !FAMILIES.includes(step.for)) {
    fail(index, "for", `must be one of ${FAMILIES.map((name) => `"${name}"`).join(", ")}`);
  }
  if (step.text !== undefined && typeof step.text !== "string")
    fail(index, "text", "must be a string");
  if (step.text !== undefined && step.json !== undefined) {
    fail(index, "json", "cannot be combined with text; give one of them");
  }
  if (step.refusal !== undefined && typeof step.refusal !== "string") {
    fail(index, "refusal", "must be a string");
  }
  step.toolCalls?.forEach((call, i) => {
    if (typeof call?.name !== "string" || call.name === "") {
      fail(index, `toolCalls[${i}].name`, "must be a non-empty string");
    }
  });
  const status = step.error?.status;
  if (step.error && !(Number.isInteger(status) && status! >= 400 && status! <= 599)) {
    fail(index, "error.status", "must be an HTTP error status between 400 and 599");
  }
};

export const createScriptQueue = (): ScriptQueue => {
  let steps: ScriptStep[] = [];
  return {
    push(more) {
      more.forEach((step, i) => {
        if (typeof step === "function") return;
        if (step === null || typeof step !== "object")
          fail(i, "step", "must be an object or a function");
        checkOutput(step, i);
      });
      steps.push(...more);
    },
    take(family) {
      const index = steps.findIndex(
        (step) => typeof step === "function" || step.for === undefined || step.for === family,
      );
      if (index < 0) return undefined;
      return steps.splice(index, 1)[0];
    },
    takeScoped(family) {
      const index = steps.findIndex((step) => typeof step !== "function" && step.for === family);
      if (index < 0) return undefined;
      return steps.splice(index, 1)[0] as ScriptedOutput;
    },
    get size() {
      return steps.length;
    },
    clear() {
      steps = [];
    },
  };
};
