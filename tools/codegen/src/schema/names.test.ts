import { describe, expect, it } from "vitest";
import { assertUniqueNames, schemaName, typeName } from "./names.js";

describe("typeName", () => {
  it("keeps PascalCase component names as they are", () => {
    expect(typeName("CreateResponse")).toBe("CreateResponse");
  });

  it("drops characters identifiers cannot hold and capitalizes the parts they separated", () => {
    expect(typeName("Error-2")).toBe("Error2");
    expect(typeName("Beta_AgentTagParam")).toBe("BetaAgentTagParam");
    expect(typeName("realtime.session config")).toBe("RealtimeSessionConfig");
  });

  it("prefixes names that would start with a digit", () => {
    expect(typeName("2FA")).toBe("Schema2FA");
  });

  it("renames components that would shadow a built-in type the modules rely on", () => {
    expect(typeName("Blob")).toBe("BlobType");
    expect(typeName("Object")).toBe("ObjectType");
  });

  it("rejects names with nothing to build an identifier from", () => {
    expect(() => typeName("--")).toThrow(/"--"/);
  });
});

describe("schemaName", () => {
  it("appends Schema to the type name", () => {
    expect(schemaName("Error-2")).toBe("Error2Schema");
  });
});

describe("assertUniqueNames", () => {
  it("accepts distinct names", () => {
    expect(() => assertUniqueNames(["A", "B-2", "B"])).not.toThrow();
  });

  it("names both components when they would share an identifier", () => {
    expect(() => assertUniqueNames(["Foo-2", "Foo2"])).toThrow(/"Foo-2" and "Foo2".*"Foo2"/);
  });
});
