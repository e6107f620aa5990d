/**
 * Documenten API behaviour (zgw-rules 5.1–5.5, 5.8, 5.10–5.12): content, versions, locking,
 * bestandsdelen, download, verzendingen and the `documenten` notifications.
 */
import { ConfigError } from "../../../errors/config-error.js";
import { type Behaviour, type BehaviourContext, defineBehaviour } from "../../engine/behaviour.js";
import type { MockRecord } from "../../engine/store.js";
import { follow, text } from "../shared.js";
import { uploadPart } from "./bestandsdelen.js";
import { lock, unlock } from "./locking.js";
import { download, pickVersion } from "./reading.js";
import { DOCUMENTS, forget, uuidOf } from "./storage.js";
import { addressProblems } from "./verzendingen.js";
import { createDocument, storeWithoutLock, updateDocument } from "./writing.js";

/** Open Zaak's default `DOCUMENTEN_UPLOAD_CHUNK_SIZE`: 4 GiB. */
export const DEFAULT_UPLOAD_CHUNK_SIZE = 4 * 1024 ** 3;

/** Options of the Documenten behaviour. */
export interface DocumentenBehaviourOptions {
  /** Size of every bestandsdeel the server cuts (the last one is the rest). @default 4 GiB (Open Zaak's DOCUMENTEN_UPLOAD_CHUNK_SIZE) */
  readonly uploadChunkSize?: number;
}

const isDocument = (ctx: BehaviourContext): boolean => ctx.template === DOCUMENTS || ctx.template === `${DOCUMENTS}/{uuid}`;

/** The Documenten behaviour with its options. */
export function createDocumentenBehaviour(options: DocumentenBehaviourOptions = {}): Behaviour {
  const chunk = options.uploadChunkSize ?? DEFAULT_UPLOAD_CHUNK_SIZE;
  if (!Number.isSafeInteger(chunk) || chunk < 1) {
    throw new ConfigError("createMockCommonGround", [{ path: "uploadChunkSize", message: "pass the part size in bytes, a whole number ≥ 1 (default 4294967296)" }]);
  }
  return defineBehaviour({
    api: "documenten",
    mainField: "informatieobject",
    publishedType: { "/enkelvoudiginformatieobjecten": "informatieobjecttype" },
    notifications: {
      kanaal: "documenten",
      resources: { [DOCUMENTS]: "enkelvoudiginformatieobject", "/gebruiksrechten": "gebruiksrechten", "/verzendingen": "verzending" },
      hoofdObject: (record: MockRecord, ctx: BehaviourContext) => ("informatieobjecttype" in record ? record : follow(ctx, record, "informatieobject")),
      kenmerken(document: MockRecord, ctx: BehaviourContext) {
        return {
          bronorganisatie: text(document.bronorganisatie),
          informatieobjecttype: text(document.informatieobjecttype),
          vertrouwelijkheidaanduiding: text(document.vertrouwelijkheidaanduiding),
          "informatieobjecttype.catalogus": text(follow(ctx, document, "informatieobjecttype")?.catalogus),
        };
      },
    },
    beforeCreate(ctx) {
      if (ctx.template === DOCUMENTS) createDocument(ctx, chunk);
      if (ctx.template === "/verzendingen") addressProblems(ctx);
    },
    afterCreate(ctx) {
      if (ctx.template === DOCUMENTS) storeWithoutLock(ctx);
    },
    beforeUpdate(ctx) {
      if (isDocument(ctx)) updateDocument(ctx, chunk);
      if (ctx.template === "/verzendingen/{uuid}") addressProblems(ctx);
    },
    afterDelete(ctx) {
      if (isDocument(ctx)) forget(ctx.store, ctx.previous ?? ctx.record);
    },
    filterList(records, query, ctx) {
      // 5.11: `uuid__in` of a `_zoek` body (documents have no uuid field to filter on generically).
      const wanted = ctx.template === `${DOCUMENTS}/_zoek` ? query.get("uuid__in") : null;
      if (wanted === null) return records;
      const uuids = new Set(wanted.split(",").filter((u) => u !== ""));
      return records.filter((r) => uuids.has(uuidOf(r)));
    },
    readRecord(record, query, ctx) {
      return isDocument(ctx) ? pickVersion(ctx, record, query) : record;
    },
    routes: {
      [`post ${DOCUMENTS}/{uuid}/lock`]: lock,
      [`post ${DOCUMENTS}/{uuid}/unlock`]: unlock,
      [`get ${DOCUMENTS}/{uuid}/download`]: download,
      "put /bestandsdelen/{uuid}": uploadPart,
    },
  });
}

/** The Documenten behaviour with Open Zaak's defaults. */
export const documentenBehaviour: Behaviour = createDocumentenBehaviour();
