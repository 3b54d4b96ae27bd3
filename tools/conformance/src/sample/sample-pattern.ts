/**
 * Builds a string matching a simple anchored regular expression: literals, character classes and
 * the quantifiers `? * + {n} {n,m}` — all the spec's `pattern`s use. Anything else throws, naming
 * the pattern, so an unsupported one is noticed instead of sampled wrong.
 */
export const samplePattern = (pattern: string): string => {
  const body = pattern.replace(/^\^/, "").replace(/\$$/, "");
  let out = "";
  let i = 0;
  while (i < body.length) {
    let unit: string;
    const char = body[i]!;
    if (char === "[") {
      const end = body.indexOf("]", i + 1);
      if (end === -1) throw new Error(`Unsupported pattern ${pattern}: unclosed character class.`);
      const set = body.slice(i + 1, end);
      if (set.startsWith("^")) throw new Error(`Unsupported pattern ${pattern}: negated class.`);
      unit = set[0] === "\\" ? set[1]! : set[0]!;
      i = end + 1;
    } else if (char === "\\") {
      const escaped = body[i + 1]!;
      unit = escaped === "d" ? "0" : escaped === "w" ? "a" : escaped;
      i += 2;
    } else if ("()|.".includes(char)) {
      throw new Error(`Unsupported pattern ${pattern}: "${char}" is not handled by the sampler.`);
    } else {
      unit = char;
      i += 1;
    }
    const quantifier = /^(\?|\*|\+|\{(\d+)(?:,(\d*))?\})/.exec(body.slice(i));
    let times = 1;
    if (quantifier) {
      i += quantifier[0].length;
      if (quantifier[1] === "?" || quantifier[1] === "*") times = 0;
      else if (quantifier[2] !== undefined) times = Number(quantifier[2]);
    }
    out += unit.repeat(times);
  }
  if (!new RegExp(pattern).test(out)) {
    throw new Error(`Sampled "${out}" does not match pattern ${pattern}.`);
  }
  return out;
};
