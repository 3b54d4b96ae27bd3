/** Deterministic, random-looking ids: the same seed and call order give the same ids. */
export interface IdSource {
  /** `prefix` + `length` lowercase hex digits, like `resp_` ids. */
  hex(prefix: string, length: number): string;
  /** `prefix` + `length` letters and digits, like `file-` ids. */
  alnum(prefix: string, length: number): string;
}

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

export const createIdSource = (seed: number): IdSource => {
  let state = seed >>> 0;
  // mulberry32: tiny, fast and good enough to make ids look random.
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (alphabet: string, length: number): string => {
    let out = "";
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
    return out;
  };
  return {
    hex: (prefix, length) => prefix + pick("0123456789abcdef", length),
    alnum: (prefix, length) => prefix + pick(ALNUM, length),
  };
};
