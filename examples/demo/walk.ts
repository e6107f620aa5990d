/**
 * The walk: one realistic case (a resident applies for a parking permit) through every Common Ground
 * API with the SDK's workflows. Each step returns what the next ones need; a step that does not do
 * what it says throws, and main() reports which step and why.
 */
import { closeZaak, startZaak } from "../../src/generated/zaken/index.js";
import { findZaaktype } from "../../src/generated/catalogi/index.js";
import { findPersons } from "../../src/generated/brp-personen/index.js";
import { searchAddresses } from "../../src/generated/bag/index.js";
import { uploadDocument } from "../../src/generated/documenten/index.js";
import { ensureSubscription } from "../../src/generated/notificaties/index.js";
import type { Clients, Target } from "./landscape.js";
import type { Transcript } from "./transcript.js";
import type { Webhook } from "./webhook.js";

/** Options of the walk. */
export interface WalkOptions {
  readonly target: Target;
  readonly clients: Clients;
  readonly transcript: Transcript;
  /** Whether steps that write may run (always on the embedded landscape). */
  readonly write: boolean;
  /** The local webhook (embedded landscape only: a remote NRC cannot reach this machine). */
  readonly webhook: Webhook | undefined;
}

/** One step: the API it talks to, what it does, and the work (undefined when skipped). */
interface Step {
  readonly api: string;
  readonly what: string;
  readonly writes?: boolean;
  run(): Promise<string>;
}

/** Thrown by a step that did not do what it says. */
export class StepFailed extends Error {
  override readonly name = "StepFailed";
}

const check = (ok: unknown, message: string): void => {
  if (!ok) throw new StepFailed(message);
};

/** A fictional scan: `size` bytes that start like a PDF. */
function scan(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode("%PDF-1.7\n% aanvraag parkeervergunning (demo)\n"));
  for (let i = 64; i < size; i += 4096) bytes[i] = i & 0xff;
  return bytes;
}

/** The steps, in order; `steps.length` is what the transcript counts. */
export function walk(options: WalkOptions): Step[] {
  const { target, clients, transcript, webhook } = options;
  const { zaken, catalogi, documenten, notificaties, brp, bag, cg } = clients;
  const state: {
    zaaktype?: { url: string; omschrijving: string; catalogus: string; informatieobjecttypen: string[] };
    persoon?: { naam: string; postcode: string; huisnummer: number };
    zaak?: { url: string; identificatie: string };
    document?: string;
    resultaattype?: string;
    eindstatustype?: string;
  } = {};
  const today = new Date().toISOString().slice(0, 10);

  return [
    {
      api: "Catalogi",
      what: `find the zaaktype ${target.zaaktype} valid today`,
      async run() {
        const found = await findZaaktype(catalogi, { identificatie: target.zaaktype });
        check(found.url && found.concept === false, "the zaaktype found is not published");
        state.zaaktype = { url: found.url, omschrijving: found.omschrijving, catalogus: found.catalogus, informatieobjecttypen: [...(found.informatieobjecttypen ?? [])] };
        return `"${found.omschrijving}", the version valid from ${found.beginGeldigheid}${found.eindeGeldigheid ? ` to ${found.eindeGeldigheid}` : " (open-ended)"}`;
      },
    },
    {
      api: "BRP Personen",
      what: "look up the applicant by BSN (with x-doelbinding and x-verwerking)",
      async run() {
        const { personen } = await findPersons(brp, {
          type: "RaadpleegMetBurgerservicenummer",
          burgerservicenummer: [target.bsn],
          fields: ["naam", "geboorte.datum", "verblijfplaats"],
        });
        const persoon = personen[0] as { naam?: { volledigeNaam?: string; voornamen?: string; geslachtsnaam?: string }; verblijfplaats?: { verblijfadres?: { postcode?: string; huisnummer?: number } } } | undefined;
        check(persoon, "the BRP found no person for the applicant's BSN");
        const adres = persoon?.verblijfplaats?.verblijfadres;
        check(adres?.postcode && adres.huisnummer, "the person has no verblijfadres with postcode and huisnummer");
        const naam = persoon?.naam?.volledigeNaam ?? [persoon?.naam?.voornamen, persoon?.naam?.geslachtsnaam].filter(Boolean).join(" ");
        state.persoon = { naam, postcode: adres?.postcode as string, huisnummer: adres?.huisnummer as number };
        return `${naam}, living at postcode ${adres?.postcode} ${adres?.huisnummer} (BSN not shown)`;
      },
    },
    {
      api: "BAG",
      what: "find the applicant's address (HAL pages, Accept-Crs epsg:28992)",
      async run() {
        const persoon = state.persoon;
        check(persoon, "no person from the previous step");
        const adressen = await searchAddresses(bag, { postcode: persoon?.postcode as string, huisnummer: persoon?.huisnummer as number }).toArray({ maxItems: 10 });
        const adres = adressen[0] as { openbareRuimteNaam?: string; huisnummer?: number; postcode?: string; woonplaatsNaam?: string; nummeraanduidingIdentificatie?: string } | undefined;
        check(adres, "the BAG has no address for the applicant's postcode and huisnummer");
        return `${adres?.openbareRuimteNaam} ${adres?.huisnummer}, ${adres?.postcode} ${adres?.woonplaatsNaam} (nummeraanduiding ${adres?.nummeraanduidingIdentificatie})`;
      },
    },
    {
      api: "Notificaties",
      what: "subscribe a local webhook to the kanalen zaken and documenten",
      writes: true,
      async run() {
        if (!webhook) return "skipped";
        const { status, abonnement } = await ensureSubscription(notificaties, {
          callbackUrl: webhook.url,
          auth: webhook.authorization,
          kanalen: [{ naam: "zaken" }, { naam: "documenten" }],
        });
        check(abonnement.url, "the NRC answered without an abonnement URL");
        return `abonnement ${status} for ${webhook.url} (createNotificationHandler on node:http)`;
      },
    },
    {
      api: "Zaken",
      what: "start a zaak with its first status and the applicant as initiator",
      writes: true,
      async run() {
        const zaaktype = state.zaaktype;
        check(zaaktype, "no zaaktype from the earlier step");
        const statustypen = await catalogi.paginate("/statustypen", { params: { query: { zaaktype: zaaktype?.url as string } } }).toArray({ maxItems: 100 });
        const ordered = statustypen.sort((a, b) => (a.volgnummer ?? 0) - (b.volgnummer ?? 0));
        const roltypen = await catalogi.paginate("/roltypen", { params: { query: { zaaktype: zaaktype?.url as string, omschrijvingGeneriek: "initiator" } } }).toArray({ maxItems: 10 });
        const resultaattypen = await catalogi.paginate("/resultaattypen", { params: { query: { zaaktype: zaaktype?.url as string } } }).toArray({ maxItems: 50 });
        check(ordered.length >= 2 && roltypen[0] && resultaattypen[0], "the zaaktype lacks statustypen, an initiator roltype or resultaattypen");
        state.eindstatustype = ordered[ordered.length - 1]?.url as string;
        state.resultaattype = resultaattypen[0]?.url as string;
        const { zaak, status, rol } = await startZaak(zaken, {
          zaak: {
            bronorganisatie: target.rsin,
            verantwoordelijkeOrganisatie: target.rsin,
            zaaktype: zaaktype?.url as string,
            startdatum: today,
            omschrijving: `Aanvraag parkeervergunning ${state.persoon?.naam ?? ""}`.trim(),
          },
          status: { statustype: ordered[0]?.url as string, statustoelichting: "Aanvraag ontvangen" },
          initiator: {
            roltype: roltypen[0]?.url as string,
            betrokkeneType: "natuurlijk_persoon",
            roltoelichting: "Aanvrager",
            betrokkeneIdentificatie: { inpBsn: target.bsn },
          },
        });
        check(zaak.url && status?.url && rol?.url, `the zaak, its status or its initiator rol was not created: ${JSON.stringify({ zaak: zaak.url, status: status?.url, rol: rol?.url })}`);
        state.zaak = { url: zaak.url, identificatie: zaak.identificatie ?? "" };
        return `zaak ${zaak.identificatie} with status "${ordered[0]?.omschrijving}" and the applicant as initiator`;
      },
    },
    {
      api: "Documenten",
      what: "upload the scanned application (3 MiB) through bestandsdelen",
      writes: true,
      async run() {
        const informatieobjecttype = state.zaaktype?.informatieobjecttypen[0];
        check(informatieobjecttype, "the zaaktype has no informatieobjecttype");
        const bytes = scan(3 * 1024 * 1024);
        const bar = transcript.progress();
        const document = await transcript.quietly(() =>
          uploadDocument(
            documenten,
            {
              content: bytes,
              bestandsnaam: "aanvraag-parkeervergunning.pdf",
              formaat: "application/pdf",
              bronorganisatie: target.rsin,
              creatiedatum: today,
              titel: "Aanvraag parkeervergunning",
              auteur: state.persoon?.naam || "Aanvrager",
              taal: "nld",
              informatieobjecttype: informatieobjecttype as string,
              vertrouwelijkheidaanduiding: "zaakvertrouwelijk",
              tonenAanInitiator: true,
              // A zaak only closes when every document's indicatieGebruiksrecht is set (zrc rule).
              indicatieGebruiksrecht: false,
            },
            { onProgress: (p) => bar(p.bytesSent, p.totalBytes, `${p.partsDone}/${p.partsTotal} bestandsdelen`) },
          ),
        );
        check(document.url && document.locked === false, "the document is missing or still locked");
        state.document = document.url;
        return `document ${document.identificatie} (${bytes.byteLength.toLocaleString("en")} bytes), unlocked after the last part`;
      },
    },
    {
      api: "Zaken",
      what: "link the document to the zaak",
      writes: true,
      async run() {
        check(state.zaak && state.document, "no zaak or document from the earlier steps");
        const { data } = await zaken.POST("/zaakinformatieobjecten", {
          body: { zaak: state.zaak?.url as string, informatieobject: state.document as string, titel: "Aanvraag" },
          throwOnError: true,
        });
        check(data?.url, "the zaakinformatieobject was not created");
        return "zaakinformatieobject created (Documenten mirrors it as an objectinformatieobject)";
      },
    },
    {
      api: "Notificaties",
      what: "receive the notifications on the local webhook",
      writes: true,
      async run() {
        if (!webhook) return "skipped";
        const has = (all: readonly { kanaal: string; resource: string; actie: string }[], kanaal: string, resource: string) =>
          all.some((n) => n.kanaal === kanaal && n.resource === resource && n.actie === "create");
        const arrived = await webhook.waitFor((all) => has(all, "zaken", "zaak") && has(all, "documenten", "enkelvoudiginformatieobject") && has(all, "zaken", "zaakinformatieobject"), 5000);
        check(arrived, `expected notifications for the zaak, the document and the link; received ${webhook.received.map((n) => `${n.kanaal}/${n.resource}/${n.actie}`).join(", ") || "none"}`);
        const counts = new Map<string, number>();
        for (const n of webhook.received) counts.set(`${n.resource} ${n.actie}`, (counts.get(`${n.resource} ${n.actie}`) ?? 0) + 1);
        return `${webhook.received.length} received: ${[...counts].map(([k, v]) => `${v}× ${k}`).join(", ")}`;
      },
    },
    {
      api: "Zaken",
      what: "list the applicant's zaken with paginate",
      async run() {
        const mine = await zaken
          .paginate("/zaken", { params: { query: { rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn: target.bsn } } })
          .toArray({ maxItems: 500 });
        check(mine.length > 0, "no zaken found for the applicant");
        if (state.zaak) check(mine.some((z) => z.url === state.zaak?.url), "the new zaak is not among the applicant's zaken");
        state.zaak ??= { url: mine[0]?.url as string, identificatie: mine[0]?.identificatie ?? "" };
        return `${mine.length} zaken: ${mine.map((z) => z.identificatie).join(", ")}`;
      },
    },
    {
      api: "Catalogi",
      what: "resolve the zaaktype from the zaak's URL (createCommonGround)",
      async run() {
        check(state.zaak, "no zaak to start from");
        const { data: zaak } = await zaken.GET("/zaken/{uuid}", { params: { path: { uuid: state.zaak?.url.split("/").pop() as string } }, throwOnError: true });
        const zaaktype = await cg.resolve(zaak?.zaaktype as string, "zaaktype");
        check(zaaktype.url === zaak?.zaaktype, "the resolved zaaktype is not the zaak's");
        return `${zaak?.identificatie} → "${zaaktype.omschrijving}" (${zaaktype.identificatie}), fetched with the catalogi client's credentials`;
      },
    },
    {
      api: "Zaken",
      what: "close the zaak with a resultaat",
      writes: true,
      async run() {
        check(state.zaak && state.resultaattype && state.eindstatustype, "no zaak, resultaattype or eindstatustype from the earlier steps");
        const { resultaat, status } = await closeZaak(zaken, state.zaak?.url as string, {
          resultaattype: state.resultaattype as string,
          eindstatustype: state.eindstatustype as string,
          toelichting: "Parkeervergunning verleend",
        });
        const { data: zaak } = await zaken.GET("/zaken/{uuid}", { params: { path: { uuid: state.zaak?.url.split("/").pop() as string } }, throwOnError: true });
        check(resultaat.url && status.url && zaak?.einddatum, "the zaak has no einddatum after its eindstatus");
        return `zaak ${zaak?.identificatie} closed on ${zaak?.einddatum} (archiefnominatie ${zaak?.archiefnominatie ?? "–"}, archiefactiedatum ${zaak?.archiefactiedatum ?? "–"})`;
      },
    },
  ];
}
