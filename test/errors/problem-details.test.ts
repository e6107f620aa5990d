/**
 * parseProblem against the problem bodies the Common Ground APIs really send: ZGW ValidatieFout,
 * Haal Centraal Foutbericht (from the BRP feature files), BAG `invalid-params` (spec example),
 * RFC 9457 with extensions and Django REST framework field errors.
 */
import { describe, expect, it } from "vitest";
import { loadSpec, responseExample } from "../../scripts/lib/spec-examples.ts";
import { parseProblem } from "../../src/errors/problem-details.js";
import { ZGW_VALIDATIE_FOUT, featureProblem } from "./problem-fixtures.js";

type Schema = { properties: Record<string, unknown>; required: string[] };

describe("parseProblem", () => {
  it("reads a ZGW ValidatieFout (shape checked against the Zaken 1.5.1 schema)", () => {
    const spec = loadSpec("zaken", "1.5.1") as { components: { schemas: Record<string, Schema> } };
    const schema = spec.components.schemas.ValidatieFout as Schema;
    expect(Object.keys(ZGW_VALIDATIE_FOUT).every((k) => k in schema.properties)).toBe(true);
    expect(schema.required.every((k) => k in ZGW_VALIDATIE_FOUT)).toBe(true);
    const example = responseExample(spec, "/zaken", "post", "400") ?? ZGW_VALIDATIE_FOUT;
    expect(parseProblem(example)).toEqual({
      type: "https://open-zaak.example.nl/ref/fouten/ValidationError/", title: "Invalid input.", status: 400, detail: "",
      instance: "urn:uuid:5a4b1c9e-3f0d-4d8e-9a1b-2c3d4e5f6a7b", code: "invalid", invalidParams: ZGW_VALIDATIE_FOUT.invalidParams,
    });
  });

  it("reads a Haal Centraal Foutbericht from the BRP fout-cases feature", () => {
    const body = featureProblem("bevragen/raadpleeg-met-burgerservicenummer/fout-cases.feature");
    expect(body).toMatchObject({ status: 400, code: "paramsValidation", title: "Een of meerdere parameters zijn niet correct." });
    expect(parseProblem(body)).toEqual({
      type: "https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.1",
      title: "Een of meerdere parameters zijn niet correct.",
      status: 400,
      detail: "De foutieve parameter(s) zijn: burgerservicenummer.",
      code: "paramsValidation",
      instance: "/haalcentraal/api/brp/personen",
      invalidParams: [{ code: "required", name: "burgerservicenummer", reason: "Parameter is verplicht." }],
    });
  });

  it("reads BAG's kebab-case invalid-params from the BAG 2.0.0 spec example", () => {
    const example = responseExample(loadSpec("bag", "2.0.0"), "/adressen", "get", "400");
    expect(example).toBeDefined();
    const problem = parseProblem(example);
    expect(problem).toMatchObject({ status: 400, code: "paramsRequired", title: "Ten minste één parameter moet worden opgegeven." });
    expect(problem?.invalidParams).toEqual([{ name: "verblijfplaats_huisnummer", code: "integer", reason: "Waarde is geen geldige integer." }]);
  });

  it("reads RFC 9457 and drops unknown extensions", () => {
    const body = {
      type: "https://example.net/validation-error", title: "Your request is not valid.", status: 422, detail: "2 errors",
      instance: "/objects/1", errors: [{ detail: "must be a positive integer", pointer: "#/age" }], balance: 30, "trace-id": "abc",
    };
    expect(parseProblem(body)).toEqual({
      type: "https://example.net/validation-error", title: "Your request is not valid.", status: 422, detail: "2 errors", instance: "/objects/1", invalidParams: [],
    });
  });

  it("reads Django REST framework field errors (Objects, Open Klant)", () => {
    expect(parseProblem({ type: ["Dit veld is vereist."], record: ["Dit veld is vereist.", "Ongeldige geometrie."] })).toEqual({
      title: "Invalid request",
      invalidParams: [
        { name: "type", code: "invalid", reason: "Dit veld is vereist." },
        { name: "record", code: "invalid", reason: "Dit veld is vereist." },
        { name: "record", code: "invalid", reason: "Ongeldige geometrie." },
      ],
    });
    expect(parseProblem({ detail: "Niet gevonden." })).toEqual({ detail: "Niet gevonden.", invalidParams: [] });
  });

  it("tolerates wrongly typed fields", () => {
    expect(parseProblem({ title: 42, detail: "d", status: "400", invalidParams: "none" })).toEqual({ detail: "d", invalidParams: [] });
    expect(parseProblem({ code: "c", invalidParams: [{ name: 1, code: null, reason: { x: 1 } }, "x"] })).toBeDefined();
    expect(parseProblem({ title: "t".repeat(10_001), code: "c" })).toEqual({ code: "c", invalidParams: [] });
  });

  it.each([
    ["undefined", undefined], ["null", null], ["a number", 503], ["a boolean", true], ["an HTML page", "<html><body>Bad Gateway</body></html>"],
    ["an empty string", ""], ["an array", [{ title: "x" }]], ["an empty object", {}], ["an object without problem fields", { count: 0, results: [] }],
    ["DRF-like with empty arrays", { field: [] }],
  ])("returns undefined for %s", (_name, body) => {
    expect(parseProblem(body)).toBeUndefined();
  });
});
