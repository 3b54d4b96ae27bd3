import type { OperationHandlers } from "../../generated/operation-handlers.js";
import { jsonReply } from "../../wire/reply.js";
import { type Grader, grade } from "./grade.js";

const NO_ERRORS = {
  formula_parse_error: false,
  invalid_variable_error: false,
  model_grader_parse_error: false,
  model_grader_refusal_error: false,
  model_grader_server_error: false,
  model_grader_server_error_details: null,
  other_error: false,
  python_grader_runtime_error: false,
  python_grader_runtime_error_details: null,
  python_grader_server_error: false,
  python_grader_server_error_type: null,
  sample_parse_error: false,
  truncated_observation_error: false,
  unresponsive_reward_error: false,
};

/** The sample as templates see it: its text, and its JSON when it parses. */
export const sampleContext = (sample: string, item: Record<string, unknown> = {}) => {
  let outputJson: unknown = null;
  try {
    outputJson = JSON.parse(sample);
  } catch {
    // Plain text samples have no JSON view.
  }
  return { sample: { output_text: sample, output_json: outputJson }, item };
};

export const gradersHandlers = {
  runGrader: ({ body }) => {
    const grader = body.grader as Grader;
    const scores = grade(grader, sampleContext(body.model_sample, body.item ?? {}));
    const { [grader.name]: reward = 0, ...subRewards } = scores;
    return jsonReply({
      reward,
      sub_rewards: subRewards,
      model_grader_token_usage_per_model: {},
      metadata: {
        name: grader.name,
        type: grader.type,
        errors: NO_ERRORS,
        execution_time: 0.001,
        scores,
        token_usage: null,
        sampled_model_name: null,
      },
    });
  },
  validateGrader: ({ body }) => jsonReply({ grader: body.grader }),
} satisfies Partial<OperationHandlers>;
