import { describe, expect, it } from "vitest";
import { findBesluittype } from "../../../src/apis/catalogi/index.js";
import { isCatalogusLookupError } from "../../../src/errors/catalogus-lookup-error.js";
import { isValidationError } from "../../../src/errors/guards.js";
import { createCatalogiClient as c120 } from "../../../src/generated/catalogi/1.2.0/index.js";
import { createCatalogiClient } from "../../../src/generated/catalogi/index.js";
import { answer, useMsw } from "../wire.js";

const BASE = "https://open-zaak.example.nl/catalogi/api/v1";
const besluittype = (n: number, begin: string, einde: string | null, catalogus: string) => ({
  url: `${BASE}/besluittypen/00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
  catalogus: `${BASE}/catalogussen/${catalogus}`,
  omschrijving: "Vergunning verleend",
  beginGeldigheid: begin,
  eindeGeldigheid: einde,
  concept: false,
});
const page = (results: unknown[]) => ({ count: results.length, next: null, previous: null, results });

useMsw();

describe("findBesluittype", () => {
  it("returns the version valid on the day with a Catalogi 1.2.0 client", async () => {
    const seen = answer("get", `${BASE}/besluittypen`, page([besluittype(1, "2020-01-01", "2023-06-30", "a"), besluittype(2, "2023-07-01", null, "a")]));
    const found = await findBesluittype(c120({ baseUrl: BASE }), { omschrijving: "Vergunning verleend", validOn: "2023-06-30" });
    expect(found.url).toBe(besluittype(1, "", null, "a").url);
    expect(seen[0]?.url.searchParams.get("datumGeldigheid")).toBe("2023-06-30");
  });

  it("two overlapping versions are ambiguous", async () => {
    answer("get", `${BASE}/besluittypen`, page([besluittype(1, "2020-01-01", null, "a"), besluittype(2, "2023-01-01", null, "b")]));
    const error = await findBesluittype(createCatalogiClient({ baseUrl: BASE }), { omschrijving: "Vergunning verleend", validOn: "2024-01-01" }).catch((e: unknown) => e);
    expect(isCatalogusLookupError(error) && error.reason).toBe("ambiguous");
    expect((error as Error).message).toContain("2 besluittypen with omschrijving");
  });

  it("an item without url is a ValidationError, not a silent skip", async () => {
    answer("get", `${BASE}/besluittypen`, page([{ omschrijving: "Vergunning verleend" }]));
    const error = await findBesluittype(createCatalogiClient({ baseUrl: BASE }), { omschrijving: "Vergunning verleend" }).catch((e: unknown) => e);
    expect(isValidationError(error)).toBe(true);
  });
});
