/**
 * Creating and updating a document (zgw-rules 5.1, 5.2, 5.3 update side, 5.4 cutting, 5.8): content
 * from base64 `inhoud`, `bestandsomvang`, identificatie, published informatieobjecttype, status rule,
 * a new version on every update, and the lock an update needs.
 */
import type { BehaviourContext } from "../../engine/behaviour.js";
import type { InvalidParam } from "../../engine/problems.js";
import type { MockRecord } from "../../engine/store.js";
import { follow, nextIdentificatie, text } from "../shared.js";
import {
  cutParts,
  contentOf,
  decodeBase64,
  documents,
  downloadUrl,
  dropParts,
  keepVersion,
  lockOf,
  newLock,
  partsView,
  setContent,
  setLock,
  uuidOf,
} from "./storage.js";

type Problem = Omit<InvalidParam, "reason"> & { reason?: string };

/** drc-005: a received document cannot be `in_bewerking` or `ter_vaststelling`. */
function statusProblems(record: MockRecord): Problem[] {
  const received = record.ontvangstdatum !== null && record.ontvangstdatum !== undefined && record.ontvangstdatum !== "";
  return received && (record.status === "in_bewerking" || record.status === "ter_vaststelling")
    ? [{ name: "status", code: "invalid_for_received", reason: "De status kan niet in_bewerking of ter_vaststelling zijn als er een ontvangstdatum is." }]
    : [];
}

/** The bytes of `inhoud` when sent as base64, or the field problem. */
function inlineContent(record: MockRecord): { bytes?: Uint8Array; problem?: Problem } {
  if (typeof record.inhoud !== "string") return {};
  const decoded = decodeBase64(record.inhoud);
  if (typeof decoded === "string") return { problem: { name: "inhoud", code: decoded, reason: "Ongeldige base64-inhoud." } };
  return { bytes: decoded };
}

/** Open Zaak's `DOCUMENT-<year of creatiedatum>-<10-digit serial>`. */
function typeProblems(ctx: BehaviourContext, record: MockRecord): Problem[] {
  return follow(ctx, record, "informatieobjecttype")?.concept === true
    ? [{ name: "informatieobjecttype", code: "not-published", reason: "Het informatieobjecttype is nog een concept." }]
    : [];
}

function sizeProblems(bytes: Uint8Array | undefined, bestandsomvang: unknown): Problem[] {
  return bytes && typeof bestandsomvang === "number" && bestandsomvang !== bytes.length
    ? [{ name: "nonFieldErrors", code: "file-size", reason: "Het opgegeven bestandsomvang komt niet overeen met de grootte van de inhoud." }]
    : [];
}

/** beforeCreate of a document. */
export function createDocument(ctx: BehaviourContext, chunkSize: number): void {
  const { record } = ctx;
  const content = inlineContent(record);
  const fields = content.problem ? [content.problem] : [];
  if (record.indicatieGebruiksrecht === true) {
    fields.push({ name: "indicatieGebruiksrecht", code: "missing-gebruiksrechten", reason: "Er zijn nog geen gebruiksrechten: maak die aan." });
  }
  if (fields.length > 0) ctx.fail(...fields);
  if (!text(record.identificatie)) record.identificatie = nextIdentificatie(ctx, documents(ctx.store).values(), "DOCUMENT", text(record.creatiedatum));
  const duplicate = [...documents(ctx.store).values()].some((d) => d.bronorganisatie === record.bronorganisatie && d.identificatie === record.identificatie);
  const objectLevel = [
    ...sizeProblems(content.bytes, record.bestandsomvang),
    ...statusProblems(record),
    ...(duplicate ? [{ name: "identificatie", code: "identificatie-niet-uniek", reason: "Deze identificatie bestaat al voor deze bronorganisatie." }] : []),
  ];
  if (objectLevel.length > 0) ctx.fail(...objectLevel);

  const uuid = uuidOf(record);
  if (!text(record.vertrouwelijkheidaanduiding)) {
    record.vertrouwelijkheidaanduiding = text(follow(ctx, record, "informatieobjecttype")?.vertrouwelijkheidaanduiding) || "openbaar";
  }
  record.tonenAanInitiator ??= false;
  record.versie = 1;
  record.beginRegistratie = ctx.now().toISOString();
  record.locked = false;
  record.bestandsdelen = [];
  record.lock = "";
  const size = typeof record.bestandsomvang === "number" ? record.bestandsomvang : undefined;
  if (content.bytes) {
    setContent(ctx.store, uuid, 1, content.bytes);
    record.bestandsomvang = content.bytes.length;
    record.inhoud = downloadUrl(uuid, 1);
  } else if (size !== undefined && size > 0) {
    // 5.4: large file in parts; the document is locked at once and the lock is in this answer only.
    const lock = newLock();
    setLock(ctx.store, uuid, lock);
    record.locked = true;
    record.lock = lock;
    record.bestandsdelen = partsView(cutParts(ctx.store, String(record.url), size, chunkSize, lock));
    record.inhoud = null;
  } else if (size === 0) {
    setContent(ctx.store, uuid, 1, new Uint8Array(0));
    record.inhoud = downloadUrl(uuid, 1);
  } else {
    record.inhoud = null;
    record.bestandsomvang ??= null;
  }
}

/** afterCreate: the stored copy has no `lock` (only the create answer shows it). */
export function storeWithoutLock(ctx: BehaviourContext): void {
  const { lock: _lock, ...stored } = ctx.record;
  documents(ctx.store).set(uuidOf(ctx.record), stored);
}

/** beforeUpdate of a document: the lock (drc-009/010), then a new version (5.2). */
export function updateDocument(ctx: BehaviourContext, chunkSize: number): void {
  const { record, store } = ctx;
  const previous = ctx.previous ?? {};
  const uuid = uuidOf(previous);
  const current = lockOf(store, uuid);
  // The stored record never holds a lock: what is in `record.lock` now came from the body.
  const sent = typeof record.lock === "string" && record.lock !== "" ? record.lock : undefined;
  if (previous.locked !== true) ctx.fail({ name: "nonFieldErrors", code: "unlocked", reason: "Het document is niet gelockt." });
  if (sent === undefined) ctx.fail({ name: "nonFieldErrors", code: "missing-lock-id", reason: "Het lock-id ontbreekt." });
  if (sent !== current) ctx.fail({ name: "nonFieldErrors", code: "incorrect-lock-id", reason: "Het lock-id klopt niet." });
  delete record.lock;
  const body = (typeof ctx.body === "object" && ctx.body !== null ? ctx.body : {}) as Record<string, unknown>;
  const content = typeof body.inhoud === "string" ? inlineContent(record) : {};
  const fields = [...(record.informatieobjecttype !== previous.informatieobjecttype ? typeProblems(ctx, record) : []), ...(content.problem ? [content.problem] : [])];
  if (fields.length > 0) ctx.fail(...fields);
  const objectLevel = [...sizeProblems(content.bytes, "bestandsomvang" in body ? record.bestandsomvang : undefined), ...statusProblems(record)];
  if (objectLevel.length > 0) ctx.fail(...objectLevel);

  const versie = Number(previous.versie ?? 1) + 1;
  record.versie = versie;
  record.beginRegistratie = ctx.now().toISOString();
  dropParts(store, String(previous.url));
  record.bestandsdelen = [];
  const size = typeof record.bestandsomvang === "number" ? record.bestandsomvang : undefined;
  if (content.bytes) {
    setContent(store, uuid, versie, content.bytes);
    record.bestandsomvang = content.bytes.length;
    record.inhoud = downloadUrl(uuid, versie);
  } else if ("bestandsomvang" in body && body.inhoud == null && size !== undefined && size > 0) {
    // A PUT/PATCH with a new size and no inhoud starts a new part upload under the same lock.
    record.bestandsdelen = partsView(cutParts(store, String(previous.url), size, chunkSize, current));
    record.inhoud = null;
  } else if ("inhoud" in body && body.inhoud === null) {
    record.inhoud = null;
  } else {
    const before = contentOf(store, uuid, Number(previous.versie ?? 1));
    setContent(store, uuid, versie, before);
    record.inhoud = before ? downloadUrl(uuid, versie) : null;
  }
  keepVersion(store, previous);
}
