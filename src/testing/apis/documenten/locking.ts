/** Lock and unlock (zgw-rules 5.3, drc-009/010) and finishing a part upload on unlock (5.4). */
import type { BehaviourContext, RouteHandler } from "../../engine/behaviour.js";
import { allowsObject, hasAllAuthorisations } from "../../engine/auth.js";
import { MockProblem } from "../../engine/problems.js";
import type { MockRecord } from "../../engine/store.js";
import { documentFor, documents, downloadUrl, dropParts, lockOf, newLock, partContent, partsOf, setContent, setLock, uuidOf } from "./storage.js";

function lockable(ctx: BehaviourContext): MockRecord {
  const document = documentFor(ctx);
  if (!document) throw new MockProblem(404);
  const op = ctx.api.facts.operations[ctx.template]?.post;
  if (!allowsObject(ctx.api, ctx.caller, op?.scopes, document)) throw new MockProblem(403);
  return document;
}

/** Whether the caller may unlock without the lock (`documenten.geforceerd-unlock`, or heeftAlleAutorisaties). */
function mayForce(ctx: BehaviourContext, document: MockRecord): boolean {
  return hasAllAuthorisations(ctx.caller) || allowsObject(ctx.api, ctx.caller, ["documenten.geforceerd-unlock"], document);
}

/** `POST …/lock` → 200 `{lock}`; already locked → 400 existing-lock. */
export const lock: RouteHandler = (ctx) => {
  const document = lockable(ctx);
  if (document.locked === true) ctx.fail({ name: "nonFieldErrors", code: "existing-lock", reason: "Het document is al gelockt." });
  const id = newLock();
  setLock(ctx.store, uuidOf(document), id);
  document.locked = true;
  return { status: 200, body: { lock: id } };
};

/** `POST …/unlock` with `{lock}` → 204; joins completed bestandsdelen into the content. */
export const unlock: RouteHandler = (ctx, body) => {
  const document = lockable(ctx);
  const uuid = uuidOf(document);
  const sent = typeof body === "object" && body !== null ? (body as Record<string, unknown>).lock : undefined;
  const given = typeof sent === "string" && sent !== "" ? sent : undefined;
  const forced = given === undefined && mayForce(ctx, document);
  const parts = partsOf(ctx.store, String(document.url));
  if (!forced) {
    if (given === undefined || given !== lockOf(ctx.store, uuid)) ctx.fail({ name: "nonFieldErrors", code: "incorrect-lock-id", reason: "Het lock-id klopt niet." });
    const done = parts.filter((p) => p.voltooid === true).length;
    if (parts.length > 0 && done > 0 && done < parts.length) ctx.fail({ name: "nonFieldErrors", code: "incomplete-upload", reason: "Niet alle bestandsdelen zijn geüpload." });
    if (parts.length > 0 && done === 0) ctx.fail({ name: "nonFieldErrors", code: "file-size", reason: "Er is geen inhoud geüpload voor dit bestandsomvang." });
  }
  const stored = documents(ctx.store).get(uuid) ?? document;
  if (parts.length > 0 && parts.every((p) => p.voltooid === true)) {
    const pieces = parts.map((p) => partContent(ctx.store, uuidOf(p)) ?? new Uint8Array(0));
    const joined = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const piece of pieces) {
      joined.set(piece, at);
      at += piece.length;
    }
    setContent(ctx.store, uuid, Number(stored.versie ?? 1), joined);
    stored.inhoud = downloadUrl(uuid, Number(stored.versie ?? 1));
    stored.bestandsomvang = joined.length;
  } else if (parts.length > 0) {
    // Forced unlock of an unfinished upload: the parts are thrown away.
    stored.bestandsomvang = null;
  }
  dropParts(ctx.store, String(document.url));
  stored.bestandsdelen = [];
  stored.locked = false;
  setLock(ctx.store, uuid, undefined);
  return { status: 204 };
};
