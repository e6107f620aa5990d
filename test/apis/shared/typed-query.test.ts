import { describe, expect, it } from "vitest";
import { isConfigError } from "../../../src/errors/config-error.js";
import { ValidationError } from "../../../src/errors/validation-error.js";
import { date } from "../../../src/apis/shared/param-checks.js";
import { callInit, checkTypedQuery } from "../../../src/apis/shared/typed-query.js";

const RULES = {
  MetPeildatum: { peildatum: { required: true, check: date } },
  MetPeriode: { datumVan: { required: true, check: date }, datumTot: { required: true, check: date } },
};
const refusal = (query: unknown): unknown => {
  try {
    checkTypedQuery("findX", "POST /x", query, RULES, "MetPeriode");
  } catch (error) {
    return error;
  }
  return undefined;
};

describe("checkTypedQuery", () => {
  it("an unknown or missing type is a ConfigError listing the types", () => {
    for (const query of [{ type: "Nope" }, {}, null, { type: "toString" }]) {
      const error = refusal(query);
      expect(isConfigError(error), JSON.stringify(query)).toBe(true);
      expect((error as Error).message).toContain("type: is not a query type of POST /x; use one of MetPeildatum, MetPeriode");
    }
  });

  it("checks the parameters of the type and the period rule (equal dates refused too)", () => {
    expect(refusal({ type: "MetPeildatum", peildatum: "2024-01-01" })).toBeUndefined();
    expect(refusal({ type: "MetPeriode", datumVan: "2024-01-01", datumTot: "2024-02-01" })).toBeUndefined();
    for (const datumTot of ["2024-01-01", "2023-12-31"]) {
      const error = refusal({ type: "MetPeriode", datumVan: "2024-01-01", datumTot });
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues).toEqual([{ path: ["datumTot"], code: "invalidParam", message: "must be after datumVan" }]);
    }
    const missing = refusal({ type: "MetPeildatum", extra: 1 }) as ValidationError;
    expect(missing.issues.map((i) => i.code).sort()).toEqual(["required", "unknownParam"]);
  });

  it("the period rule is only for its own type", () => {
    expect(() => checkTypedQuery("findX", "POST /x", { type: "MetPeriode", datumVan: "2024-01-01", datumTot: "2024-01-01" }, RULES)).not.toThrow();
  });
});

describe("callInit", () => {
  it("passes on only the options given", () => {
    const signal = new AbortController().signal;
    expect(callInit({})).toEqual({});
    expect(callInit({ signal, headers: { "x-doelbinding": "BRPACT-Test" } })).toEqual({ signal, headers: { "x-doelbinding": "BRPACT-Test" } });
    expect(Object.keys(callInit({ signal }))).toEqual(["signal"]);
  });
});
