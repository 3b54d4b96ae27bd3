// Marks the root error class. A registered symbol is the same in every copy of @oaikit/core an
// app loads, so one copy's errors are known to another copy's classes by it and their brands.
const errorMark: unique symbol = Symbol.for("oaikit.error") as any;

/** Root of every error oaikit throws, so one `instanceof` check catches them all. */
export class OpenAIError extends Error {
  static readonly [errorMark] = true;
  /**
   * The class's name in every copy of `@oaikit/core`, and its errors' `name`. An app that updates
   * one package can end up with two cores: `instanceof` compares brands, so an error of either
   * copy is an instance of the other's classes. (Kept a plain string key: a computed one would
   * keep every error class in bundles that use none.)
   */
  static readonly brand: string = "OpenAIError";
  override name: string = (this.constructor as typeof OpenAIError).brand;

  /** This class's errors from any copy of core; a class without its own brand (yours) as usual. */
  static [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore-start lint/complexity/noThisInStatic: `this` is the class `instanceof` asked about, often a subclass
    if (!Object.hasOwn(this, "brand")) {
      return Object.prototype.isPrototypeOf.call(this.prototype, value as object);
    }
    // An inherited constructor or brand only repeats an ancestor's, which the walk meets anyway.
    let proto = Object.getPrototypeOf(Object(value));
    while (proto) {
      if (proto.constructor?.[errorMark] && proto.constructor.brand === this.brand) return true;
      proto = Object.getPrototypeOf(proto);
    }
    return false;
    // biome-ignore-end lint/complexity/noThisInStatic: the subclass brand check ends here
  }

  /** `value instanceof this` as a type guard: `if (APIError.isInstance(error)) error.status`. */
  static isInstance<T>(this: abstract new (...args: any[]) => T, value: unknown): value is T {
    // biome-ignore lint/complexity/noThisInStatic: the guard narrows to the class it is called on
    return value instanceof this;
  }
}

/** A client-side check failed; nothing was sent. `path` names the offending field. */
export class ValidationError extends OpenAIError {
  static override readonly brand: string = "ValidationError";
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

/** The caller's AbortSignal fired; no further attempt is made. */
export class APIUserAbortError extends OpenAIError {
  static override readonly brand: string = "APIUserAbortError";
}

/** No HTTP response arrived (reset, DNS, TLS...), even after the allowed retries. */
export class APIConnectionError extends OpenAIError {
  static override readonly brand: string = "APIConnectionError";
}

/** An attempt outlived `timeout`, even after the allowed retries. */
export class APIConnectionTimeoutError extends APIConnectionError {
  static override readonly brand: string = "APIConnectionTimeoutError";
}
