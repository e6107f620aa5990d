/** The page: a paged table of zaken (status and zaaktype resolved), and one zaak with its documents. */
import { keepPreviousData } from "@tanstack/react-query";
import { useState } from "react";
import { useDocument, useLandscape, useStatusOmschrijving, useZaaktypeOmschrijving, useZaken } from "./hooks.ts";

function pageFrom(url: string | null | undefined): number | null {
  if (!url) return null;
  return Number(new URL(url).searchParams.get("page") ?? "1");
}

function Resolved({ query, testId }: { query: { data?: string | undefined; isPending: boolean; isError: boolean; fetchStatus: string }; testId: string }) {
  if (query.isError) return <span data-testid={testId}>(could not resolve)</span>;
  if (query.isPending && query.fetchStatus !== "idle") return <span aria-busy="true">…</span>;
  return <span data-testid={testId}>{query.data ?? "—"}</span>;
}

interface ZaakSummary {
  readonly uuid: string;
  readonly identificatie?: string | undefined;
  readonly omschrijving?: string | undefined;
  readonly startdatum: string;
  readonly zaaktype: string;
  readonly status?: string | null | undefined;
}

function ZaakRow({ zaak, onOpen }: { zaak: ZaakSummary; onOpen: (uuid: string) => void }) {
  const status = useStatusOmschrijving(zaak.status);
  const zaaktype = useZaaktypeOmschrijving(zaak.zaaktype);
  return (
    <tr data-testid="zaak-row">
      <th scope="row" data-testid="zaak-identificatie">
        {zaak.identificatie}
      </th>
      <td>{zaak.omschrijving}</td>
      <td>
        <Resolved query={status} testId="zaak-status" />
      </td>
      <td>
        <Resolved query={zaaktype} testId="zaak-zaaktype" />
      </td>
      <td>{zaak.startdatum}</td>
      <td>
        <button type="button" onClick={() => onOpen(zaak.uuid)} aria-label={`Open zaak ${zaak.identificatie ?? zaak.uuid}`} data-testid="open-zaak">
          Open
        </button>
      </td>
    </tr>
  );
}

function ZakenList({ page, onPage, onOpen }: { page: number; onPage: (page: number) => void; onOpen: (uuid: string) => void }) {
  const $zaken = useZaken();
  // openapi-react-query: the query key is ["get", "/zaken", init]; the SDK client sends the auth and protocol headers.
  const list = $zaken.useQuery("get", "/zaken", { params: { query: { page } } }, { placeholderData: keepPreviousData });
  if (list.isPending) return <p role="status">Loading zaken…</p>;
  if (list.isError) return <p role="alert">Could not list zaken: {String((list.error as { detail?: string }).detail ?? list.error)}</p>;
  const { next, previous, results } = list.data;
  const rows = results ?? [];
  const count = list.data.count ?? rows.length;
  const perPage = page === 1 ? rows.length : 100;
  const pages = Math.max(1, Math.ceil(count / Math.max(1, perPage)));
  const nextPage = pageFrom(next);
  const previousPage = previous ? (pageFrom(previous) ?? 1) : null;
  return (
    <section aria-labelledby="zaken-heading">
      <h2 id="zaken-heading">Zaken</h2>
      <nav aria-label="Pages of zaken" className="pager">
        <button type="button" disabled={previousPage === null} onClick={() => previousPage && onPage(previousPage)} aria-label="Previous page" data-testid="previous-page">
          ← Previous
        </button>
        <span data-testid="page-indicator" aria-live="polite">
          Page {page} of {pages} · {count} zaken
        </span>
        <button type="button" disabled={nextPage === null} onClick={() => nextPage && onPage(nextPage)} aria-label="Next page" data-testid="next-page">
          Next →
        </button>
      </nav>
      <table data-testid="zaken-table" aria-busy={list.isPlaceholderData}>
        <caption>
          Zaken {rows.length > 0 ? `${rows[0]?.identificatie} – ${rows.at(-1)?.identificatie}` : ""}, page {page}
        </caption>
        <thead>
          <tr>
            <th scope="col">Identificatie</th>
            <th scope="col">Omschrijving</th>
            <th scope="col">Status</th>
            <th scope="col">Zaaktype</th>
            <th scope="col">Startdatum</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((zaak) => (
            <ZaakRow key={zaak.url} zaak={zaak} onOpen={onOpen} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function DocumentRow({ informatieobject }: { informatieobject: string }) {
  const document = useDocument(informatieobject);
  if (document.isPending)
    return (
      <tr>
        <td colSpan={3} aria-busy="true">
          …
        </td>
      </tr>
    );
  if (document.isError)
    return (
      <tr>
        <td colSpan={3}>(could not load {informatieobject})</td>
      </tr>
    );
  return (
    <tr data-testid="document-row">
      <th scope="row" data-testid="document-titel">
        {document.data.titel}
      </th>
      <td data-testid="document-bestandsnaam">{document.data.bestandsnaam}</td>
      <td>{document.data.bestandsomvang ?? "—"} bytes</td>
    </tr>
  );
}

function ZaakDetail({ uuid, onBack }: { uuid: string; onBack: () => void }) {
  const $zaken = useZaken();
  const zaak = $zaken.useQuery("get", "/zaken/{uuid}", { params: { path: { uuid } } });
  const zaakUrl = zaak.data?.url ?? "";
  const links = $zaken.useQuery("get", "/zaakinformatieobjecten", { params: { query: { zaak: zaakUrl } } }, { enabled: zaakUrl !== "" });
  const status = useStatusOmschrijving(zaak.data?.status);
  const zaaktype = useZaaktypeOmschrijving(zaak.data?.zaaktype ?? "");
  const back = (
    <button type="button" onClick={onBack} aria-label="Back to the list of zaken" data-testid="back">
      ← Back to the list
    </button>
  );
  if (zaak.isPending) return <p role="status">Loading zaak…</p>;
  if (zaak.isError) return <p role="alert">Could not load the zaak. {back}</p>;
  return (
    <article aria-labelledby="zaak-heading" data-testid="zaak-detail">
      {back}
      <h2 id="zaak-heading" data-testid="zaak-heading">
        Zaak {zaak.data.identificatie}
      </h2>
      <dl className="facts">
        <dt>Omschrijving</dt>
        <dd>{zaak.data.omschrijving}</dd>
        <dt>Zaaktype</dt>
        <dd>
          <Resolved query={zaaktype} testId="detail-zaaktype" />
        </dd>
        <dt>Status</dt>
        <dd>
          <Resolved query={status} testId="detail-status" />
        </dd>
        <dt>Startdatum</dt>
        <dd>{zaak.data.startdatum}</dd>
      </dl>
      <h3 id="documents-heading">Documents</h3>
      {links.isPending ? (
        <p role="status">Loading documents…</p>
      ) : links.isError ? (
        <p role="alert">Could not list the documents.</p>
      ) : links.data.length === 0 ? (
        <p data-testid="no-documents">This zaak has no documents.</p>
      ) : (
        <table aria-labelledby="documents-heading" data-testid="documents-table">
          <thead>
            <tr>
              <th scope="col">Titel</th>
              <th scope="col">Bestandsnaam</th>
              <th scope="col">Bestandsomvang</th>
            </tr>
          </thead>
          <tbody>
            {links.data.map((link) => (
              <DocumentRow key={link.url} informatieobject={link.informatieobject} />
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}

export function App() {
  const { mode, origin } = useLandscape();
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <main>
      <header>
        <h1>Gemeente Demodam · Zaken</h1>
        <p className="mode" data-testid="mode">
          Data: {mode} at {origin}
        </p>
      </header>
      {open ? <ZaakDetail uuid={open} onBack={() => setOpen(null)} /> : <ZakenList page={page} onPage={setPage} onOpen={setOpen} />}
    </main>
  );
}
