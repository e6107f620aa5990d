import { expect, expectTypeOf, it } from "vitest";
import { createKlantinteractiesClient } from "../../src/generated/klantinteracties/index.js";
import { answer, expectOne, useMsw } from "./wire.js";

const BASE = "https://open-klant.example.nl/klantinteracties/api/v1";
const PARTIJ_UUID = "4c8d1c9b-2a6e-4f0b-9d3e-7a5b1c2d3e4f";
const PARTIJ = {
  uuid: PARTIJ_UUID,
  url: `${BASE}/partijen/${PARTIJ_UUID}`,
  nummer: "0000000001",
  interneNotitie: "",
  betrokkenen: [],
  categorieRelaties: [],
  digitaleAdressen: [],
  vertegenwoordigden: [],
  soortPartij: "persoon",
  indicatieGeheimhouding: false,
  voorkeurstaal: "nld",
  indicatieActief: true,
  partijIdentificatie: { contactnaam: { voorletters: "H", voornaam: "Harry", voorvoegselAchternaam: "", achternaam: "Potter" }, volledigeNaam: "Harry Potter" },
  _expand: { digitaleAdressen: [{ adres: "harry@example.nl", soortDigitaalAdres: "email", omschrijving: "e-mail" }] },
};

useMsw();
const klantinteracties = createKlantinteractiesClient({ baseUrl: BASE, headers: { Authorization: "Token test-token" } });

it("GET /partijen joins `expand` with commas, sends the Token header and reads the expanded partij", async () => {
  const seen = answer("get", `${BASE}/partijen`, { count: 1, next: null, previous: null, results: [PARTIJ] });
  const { data } = await klantinteracties.GET("/partijen", {
    params: { query: { soortPartij: "persoon", expand: ["digitaleAdressen", "betrokkenen.hadKlantcontact"], page: 1, pageSize: 50 } },
  });
  expectOne(seen, {
    method: "GET",
    path: "/klantinteracties/api/v1/partijen",
    search: "?soortPartij=persoon&expand=digitaleAdressen,betrokkenen.hadKlantcontact&page=1&pageSize=50",
    headers: { Authorization: "Token test-token" },
  });
  const partij = data?.results[0];
  expectTypeOf(data!.count).toEqualTypeOf<number>();
  expect(partij?.nummer).toBe("0000000001");
  expect(partij?._expand?.digitaleAdressen?.[0]?.adres).toBe("harry@example.nl");
  // ExpandPartij extends the Partij union, so it narrows on soortPartij to the persoon member.
  if (partij?.soortPartij !== "persoon") throw new Error(`expected a persoon, got ${partij?.soortPartij}`);
  expectTypeOf(partij.partijIdentificatie?.volledigeNaam).toEqualTypeOf<string | undefined>();
  expect(partij.partijIdentificatie?.volledigeNaam).toBe("Harry Potter");
  expect(partij.partijIdentificatie?.contactnaam?.achternaam).toBe("Potter");
});

it("POST /digitaleadressen creates a digitaal adres for a partij", async () => {
  const body = { verstrektDoorBetrokkene: null, verstrektDoorPartij: { uuid: PARTIJ_UUID }, adres: "0612345678", soortDigitaalAdres: "telefoonnummer" as const, omschrijving: "mobiel" };
  const created = { uuid: "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", url: `${BASE}/digitaleadressen/9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a`, ...body, isStandaardAdres: false, referentie: "" };
  const seen = answer("post", `${BASE}/digitaleadressen`, created, { status: 201 });
  const { data } = await klantinteracties.POST("/digitaleadressen", { body });
  expectOne(seen, { method: "POST", path: "/klantinteracties/api/v1/digitaleadressen", headers: { "Content-Type": "application/json", Authorization: "Token test-token" }, json: body });
  expect(data?.soortDigitaalAdres).toBe("telefoonnummer");
  expect(data?.url).toBe(created.url);
});
