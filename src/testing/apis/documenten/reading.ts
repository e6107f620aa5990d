/** Reading a document (zgw-rules 5.2, 5.5): `?versie=N` / `?registratieOp=` on detail and download, the bytes as octet-stream. */
import type { BehaviourContext, RouteHandler } from "../../engine/behaviour.js";
import { allowsObject } from "../../engine/auth.js";
import { MockProblem } from "../../engine/problems.js";
import type { MockRecord } from "../../engine/store.js";
import { contentOf, documentFor, uuidOf, versionsOf } from "./storage.js";

/** The version a query asks for (`versie`, else the newest with `beginRegistratie <= registratieOp`), else the latest; 404 for none. */
export function pickVersion(ctx: Pick<BehaviourContext, "store">, latest: MockRecord, query: URLSearchParams): MockRecord {
  const versie = query.get("versie");
  const registratieOp = query.get("registratieOp");
  if (versie === null && registratieOp === null) return latest;
  let candidates = versionsOf(ctx.store, latest);
  if (versie !== null) candidates = candidates.filter((v) => String(v.versie) === versie);
  if (registratieOp !== null) {
    const at = Date.parse(registratieOp);
    if (Number.isNaN(at)) throw new MockProblem(400, { invalidParams: [{ name: "registratieOp", code: "invalid", reason: "Ongeldige datum/tijd." }] });
    candidates = candidates.filter((v) => Date.parse(String(v.beginRegistratie)) <= at);
  }
  const found = candidates.at(-1);
  if (!found) throw new MockProblem(404);
  return found;
}

/** `GET …/{uuid}/download`: the bytes of the version, `application/octet-stream`; 204 when the version has no content ([OZ]). */
export const download: RouteHandler = (ctx) => {
  const latest = documentFor(ctx);
  if (!latest) throw new MockProblem(404);
  const op = ctx.api.facts.operations[ctx.template]?.get;
  if (!allowsObject(ctx.api, ctx.caller, op?.scopes, latest)) throw new MockProblem(403);
  const version = pickVersion(ctx, latest, new URL(ctx.request.url).searchParams);
  const bytes = contentOf(ctx.store, uuidOf(latest), Number(version.versie));
  if (!bytes) return new Response(null, { status: 204 });
  const name = typeof version.bestandsnaam === "string" && version.bestandsnaam !== "" ? version.bestandsnaam : "bestand";
  return new Response(bytes.slice(), {
    status: 200,
    headers: {
      "Content-Type": "application/octet-stream",
      "Content-Length": String(bytes.length),
      "Content-Disposition": `attachment; filename="${name.replace(/["\r\n]/g, "_")}"`,
    },
  });
};
