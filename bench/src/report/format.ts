const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

export const int = (value: number | undefined): string =>
  value === undefined || Number.isNaN(value) ? "-" : whole.format(value);

export const ms = (value: number | undefined): string =>
  value === undefined || Number.isNaN(value) ? "-" : `${value.toFixed(1)} ms`;

/** `a / b` as "0.93x"; "-" when either side is missing. */
export const ratio = (a: number | undefined, b: number | undefined): string =>
  a === undefined || b === undefined || !b || Number.isNaN(a) ? "-" : `${(a / b).toFixed(2)}x`;
