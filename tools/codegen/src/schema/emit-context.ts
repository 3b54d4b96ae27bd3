/** What the schema emitters need to know about the module they write into. */
export interface EmitContext {
  /** The snapshot document. */
  doc: any;
  /** Component name → module specifier to import it from; undefined = declared in the module being emitted. */
  importFrom: (component: string) => string | undefined;
  /** Filled by the emitters: every component name the emitted code references. */
  used: Set<string>;
  /** Component name → the API reference page that documents it, for declarations' `@see`. */
  pages?: ReadonlyMap<string, string>;
}
