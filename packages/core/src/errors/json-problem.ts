/**
 * Why `text` is not JSON, in the parser's words. Pass text whose secrets are already masked:
 * the parser's message quotes a stretch of its input.
 */
export const jsonProblem = (text: string): string => {
  try {
    JSON.parse(text);
    return "it parsed on a second try";
  } catch (error) {
    return (error as Error).message;
  }
};
