import { OpenAIError } from "../errors/openai-error.js";

/**
 * A model's structured output that is not JSON, or that its schema refused. `text` is the
 * output as the model wrote it; `issues` names each problem's path (`items[0].name`).
 */
export class OutputParseError extends OpenAIError {
  static override readonly brand: string = "OutputParseError";
  constructor(
    message: string,
    readonly text: string,
    readonly issues: ReadonlyArray<{ path: string; message: string }>,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
