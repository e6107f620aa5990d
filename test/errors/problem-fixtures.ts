/**
 * Problem bodies shared by the error tests: a ZGW ValidatieFout as Open Zaak sends it, and the
 * Haal Centraal Foutbericht a BRP feature scenario expects.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../src/codegen/registry.ts";

/** A ZGW ValidatieFout as Open Zaak sends it (the Zaken 1.5.1 spec has no example for it). */
export const ZGW_VALIDATIE_FOUT = {
  type: "https://open-zaak.example.nl/ref/fouten/ValidationError/",
  code: "invalid",
  title: "Invalid input.",
  status: 400,
  detail: "",
  instance: "urn:uuid:5a4b1c9e-3f0d-4d8e-9a1b-2c3d4e5f6a7b",
  invalidParams: [
    { name: "zaaktype", code: "required", reason: "Dit veld is vereist." },
    { name: "startdatum", code: "invalid", reason: "Datum heeft het verkeerde formaat. Gebruik 1 van deze formaten: YYYY-MM-DD." },
  ],
};

/** The problem object a Haal Centraal feature scenario expects: its `naam | waarde` and `invalidParams` tables. */
export function featureProblem(file: string): Record<string, unknown> {
  const text = readFileSync(join(ROOT, "..", "shared", "specs", "upstream", "brp-personen", "testdata", "features", file), "utf8");
  const scenario = text.split(/\n\s*(?:Abstract )?Scenario:/)[1] ?? "";
  const table = (marker: string): string[][] => {
    const at = scenario.indexOf(marker);
    if (at < 0) return [];
    const rows: string[][] = [];
    for (const line of scenario.slice(at).split("\n").slice(1)) {
      if (!line.trim().startsWith("|")) break;
      rows.push(line.trim().slice(1, -1).split("|").map((cell) => cell.trim()));
    }
    return rows;
  };
  const fields = Object.fromEntries(table("object met de volgende gegevens").slice(1).map(([k, v]) => [k, k === "status" ? Number(v) : v]));
  const [header = [], ...params] = table("'invalidParams' gegevens");
  return { ...fields, invalidParams: params.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]]))) };
}
