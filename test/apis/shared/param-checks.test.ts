import { describe, expect, it } from "vitest";
import { isIsoDate } from "../../../src/apis/shared/calendar-day.js";
import { bsn, checkParams, date, list, paramName, text, throwIfInvalid } from "../../../src/apis/shared/param-checks.js";
import { isValidBsn } from "../../../src/generated/brp-personen/index.js";
import { ValidationError } from "../../../src/errors/validation-error.js";

describe("param checks", () => {
  it("isIsoDate accepts only real calendar dates written YYYY-MM-DD (bewoning fout-cases: 19830526, 26 mei 1983, 2023-02-29)", () => {
    expect(["2024-02-29", "1983-05-26"].map(isIsoDate)).toEqual([true, true]);
    expect(["19830526", "26 mei 1983", "2023-02-29", "2023-13-01", "2023-1-1"].map(isIsoDate)).toEqual([false, false, false, false, false]);
    expect(date("2023-02-29", ["peildatum"])[0]?.code).toBe("date");
  });

  it("paramName writes paths the way invalidParams names them", () => {
    expect(paramName(["burgerservicenummer", 2])).toBe("burgerservicenummer[2]");
    expect(paramName(["fields", 0])).toBe("fields[0]");
    expect(paramName(["verblijfplaats", "huisnummer"])).toBe("verblijfplaats.huisnummer");
  });

  it("bsn and isValidBsn agree (the redaction test, wrapped)", () => {
    for (const value of ["999993653", "999993654", "000000000", "12345678"]) expect(bsn(value, ["b"]).length === 0).toBe(isValidBsn(value));
  });

  it("list checks the array, its size, then each item with its index", () => {
    const check = list(text(/^a$/), 1, 2);
    expect(check("a", ["x"]).map((i) => i.code)).toEqual(["array"]);
    expect(check(["a", "a", "a"], ["x"]).map((i) => i.code)).toEqual(["maxItems"]);
    expect(check(["a", "b"], ["x"]).map((i) => [i.code, paramName(i.path)])).toEqual([["pattern", "x[1]"]]);
  });

  it("checkParams: required, empty string as missing, unknown parameters; ignore list", () => {
    const rules = { a: { required: true, check: text(/^x$/) }, b: { check: text(/^y$/) } };
    expect(checkParams({ a: "", c: 1, type: "T" }, rules, ["type"]).map((i) => [i.code, i.path[0]])).toEqual([["required", "a"], ["unknownParam", "c"]]);
    expect(checkParams({ a: "x", b: undefined }, rules)).toEqual([]);
  });

  it("throwIfInvalid names parameters and rules, never values", () => {
    const issues = checkParams({ a: "999993654" }, { a: { check: bsn } });
    expect(() => throwIfInvalid("w", issues)).toThrow(ValidationError);
    expect(() => throwIfInvalid("w", issues)).toThrow("w: a fails the eleven-test. Nothing was sent.");
    expect(() => throwIfInvalid("w", [])).not.toThrow();
  });
});
