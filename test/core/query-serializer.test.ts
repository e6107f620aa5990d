import { describe, expect, it } from "vitest";
import { commaJoiningSerializer } from "../../src/core/query-serializer.js";

describe("commaJoiningSerializer", () => {
  const serialize = commaJoiningSerializer(["status__in", "ordering"]);

  it("joins the named arrays with commas and keeps order", () => {
    expect(serialize({ zaaktype: "https://x.nl/zt/1", status__in: ["a", "b"], page: 2, ordering: ["-startdatum", "identificatie"] })).toBe(
      "zaaktype=https%3A%2F%2Fx.nl%2Fzt%2F1&status__in=a,b&page=2&ordering=-startdatum,identificatie",
    );
  });

  it("repeats the key for arrays the spec does not mark explode: false", () => {
    expect(serialize({ fields: ["naam", "geboorte"] })).toBe("fields=naam&fields=geboorte");
  });

  it("drops undefined, null and empty comma arrays", () => {
    expect(serialize({ a: undefined, b: null, status__in: [], c: "x" })).toBe("c=x");
  });

  it("encodes values inside a joined array", () => {
    expect(serialize({ status__in: ["a b", "c&d"] })).toBe("status__in=a%20b,c%26d");
  });
});
