/** One problem a schema found, as Standard Schema V1 reports it. */
export interface SchemaIssue {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
}

/** What a Standard Schema's `validate` returns. */
export type SchemaResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: ReadonlyArray<SchemaIssue> };

/**
 * The members of a Standard Schema V1 value (https://standardschema.dev) that oaikit uses:
 * valibot, zod 4, arktype and others implement it. `jsonSchema` is the Standard JSON Schema
 * converter that zod 4 and arktype carry, and valibot's `toStandardJsonSchema` adds.
 */
export interface StandardSchema<Output = unknown> {
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => SchemaResult<Output> | Promise<SchemaResult<Output>>;
    readonly types?: { readonly input: unknown; readonly output: Output } | undefined;
    readonly jsonSchema?:
      | {
          readonly output: (options: { readonly target: string }) => Record<string, unknown>;
        }
      | undefined;
  };
}

/** The type a schema's successful validation gives. */
export type InferOutput<Schema extends StandardSchema> = NonNullable<
  Schema["~standard"]["types"]
>["output"];
