/**
 * Where the Documenten behaviour keeps what is not a JSON field of the document: the bytes of every
 * version, older versions, the lock id, and the bytes of uploaded bestandsdelen. Hidden collections
 * (`$…`) of the mock's store, so `reset()` clears them and a seed may fill them.
 */
import type { BehaviourContext } from "../../engine/behaviour.js";
import type { MockRecord, MockStore } from "../../engine/store.js";

export const API = "documenten";
export const ROOT = "/documenten/api/v1";
export const DOCUMENTS = "/enkelvoudiginformatieobjecten";
export const PARTS = "/bestandsdelen";
/** Content per `<uuid>@<versie>`: `{ bytes: Uint8Array }`, or `{ base64 }` in a JSON seed. */
export const CONTENT = "$inhoud";
const VERSIONS = "$versies";
const LOCKS = "$locks";
const PART_CONTENT = "$bestandsdeel-inhoud";

export const documents = (store: MockStore): Map<string, MockRecord> => store.collection(API, DOCUMENTS);
export const uuidOf = (record: MockRecord): string => String(record.url ?? "").split("/").pop() ?? "";
export const downloadUrl = (uuid: string, versie: number): string => `${ROOT}${DOCUMENTS}/${uuid}/download?versie=${versie}`;
export const newLock = (): string => crypto.randomUUID().replace(/-/g, "");

/** Base64 to bytes, or the Open Zaak code of what is wrong with it. */
export function decodeBase64(text: string): Uint8Array | "invalid-base64" | "incorrect-base64-padding" {
  const clean = text.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return "invalid-base64";
  if (clean.length % 4 !== 0) return "incorrect-base64-padding";
  const binary = atob(clean);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function bytesOf(entry: MockRecord | undefined): Uint8Array | undefined {
  if (!entry) return undefined;
  if (entry.bytes instanceof Uint8Array) return entry.bytes;
  if (typeof entry.base64 === "string") {
    const decoded = decodeBase64(entry.base64);
    return typeof decoded === "string" ? undefined : decoded;
  }
  return undefined;
}

export const contentOf = (store: MockStore, uuid: string, versie: number): Uint8Array | undefined => bytesOf(store.collection(API, CONTENT).get(`${uuid}@${versie}`));
export function setContent(store: MockStore, uuid: string, versie: number, bytes: Uint8Array | undefined): void {
  if (bytes) store.collection(API, CONTENT).set(`${uuid}@${versie}`, { bytes });
  else store.collection(API, CONTENT).delete(`${uuid}@${versie}`);
}

/** Keeps an older version (a copy of the stored record before an update). */
export const keepVersion = (store: MockStore, record: MockRecord): void => void store.collection(API, VERSIONS).set(`${uuidOf(record)}@${String(record.versie)}`, structuredClone(record));

/** Every version of a document, oldest first (the latest is the stored record). */
export function versionsOf(store: MockStore, latest: MockRecord): MockRecord[] {
  const uuid = uuidOf(latest);
  const older = [...store.collection(API, VERSIONS).entries()].filter(([key]) => key.startsWith(`${uuid}@`)).map(([, r]) => r);
  return [...older.filter((r) => Number(r.versie) !== Number(latest.versie)), latest].sort((a, b) => Number(a.versie) - Number(b.versie));
}

export const lockOf = (store: MockStore, uuid: string): string => String(store.collection(API, LOCKS).get(uuid)?.lock ?? "");
export function setLock(store: MockStore, uuid: string, lock: string | undefined): void {
  if (lock) store.collection(API, LOCKS).set(uuid, { lock });
  else store.collection(API, LOCKS).delete(uuid);
}

/** The bestandsdelen of a document, by volgnummer. */
export function partsOf(store: MockStore, documentUrl: string): MockRecord[] {
  return [...store.collection(API, PARTS).values()].filter((p) => p.informatieobject === documentUrl).sort((a, b) => Number(a.volgnummer) - Number(b.volgnummer));
}
export const partContent = (store: MockStore, partUuid: string): Uint8Array | undefined => bytesOf(store.collection(API, PART_CONTENT).get(partUuid));
export const setPartContent = (store: MockStore, partUuid: string, bytes: Uint8Array): void => void store.collection(API, PART_CONTENT).set(partUuid, { bytes });

/** The `bestandsdelen` field of a document (what the spec's BestandsDeel shows). */
export const partsView = (parts: readonly MockRecord[]): MockRecord[] =>
  parts.map((p) => ({ url: p.url, volgnummer: p.volgnummer, omvang: p.omvang, voltooid: p.voltooid, lock: p.lock }));

/** Removes a document's parts (and their bytes). */
export function dropParts(store: MockStore, documentUrl: string): void {
  for (const part of partsOf(store, documentUrl)) {
    const id = uuidOf(part);
    store.collection(API, PARTS).delete(id);
    store.collection(API, PART_CONTENT).delete(id);
  }
}

/** Cuts ⌈size/chunk⌉ parts for a document (every part `chunk` bytes, the last the rest), locked with `lock`. */
export function cutParts(store: MockStore, documentUrl: string, size: number, chunk: number, lock: string): MockRecord[] {
  dropParts(store, documentUrl);
  const count = Math.ceil(size / chunk);
  for (let i = 0; i < count; i++) {
    const id = crypto.randomUUID();
    const omvang = i === count - 1 ? size - chunk * (count - 1) : chunk;
    store.collection(API, PARTS).set(id, { url: `${ROOT}${PARTS}/${id}`, volgnummer: i + 1, omvang, voltooid: false, lock, informatieobject: documentUrl });
  }
  return partsOf(store, documentUrl);
}

/** Removes everything kept for a document (a hard delete, zgw-rules 5.9). */
export function forget(store: MockStore, record: MockRecord): void {
  const uuid = uuidOf(record);
  dropParts(store, String(record.url));
  setLock(store, uuid, undefined);
  for (const name of [VERSIONS, CONTENT]) {
    const collection = store.collection(API, name);
    for (const key of [...collection.keys()]) if (key.startsWith(`${uuid}@`)) collection.delete(key);
  }
}

/** The stored document behind `{uuid}` of a route, or 404 (thrown by the caller). */
export const documentFor = (ctx: Pick<BehaviourContext, "store" | "params">): MockRecord | undefined => documents(ctx.store).get(ctx.params.uuid ?? "");
