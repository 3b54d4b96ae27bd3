import { invalidRequest } from "../../wire/api-error.js";

/**
 * Evaluates a multi grader's `calculate_output`: numbers, grader names, + - * / and
 * parentheses, with the usual precedence.
 */
export const evaluateFormula = (formula: string, scores: Record<string, number>): number => {
  const tokens = formula.match(/\d+(?:\.\d+)?|[A-Za-z_]\w*|[-+*/()]/g) ?? [];
  let at = 0;
  const fail = (): never => {
    throw invalidRequest(
      `calculate_output could not be evaluated: '${formula}'.`,
      "grader.calculate_output",
    );
  };
  const primary = (): number => {
    const token = tokens[at++] ?? fail();
    if (token === "(") {
      const value = sum();
      if (tokens[at++] !== ")") fail();
      return value;
    }
    if (token === "-") return -primary();
    if (/^\d/.test(token)) return Number(token);
    return token in scores ? scores[token]! : fail();
  };
  const product = (): number => {
    let value = primary();
    while (tokens[at] === "*" || tokens[at] === "/") {
      value = tokens[at++] === "*" ? value * primary() : value / primary();
    }
    return value;
  };
  const sum = (): number => {
    let value = product();
    while (tokens[at] === "+" || tokens[at] === "-") {
      value = tokens[at++] === "+" ? value + product() : value - product();
    }
    return value;
  };
  const value = sum();
  if (at !== tokens.length) fail();
  return value;
};
