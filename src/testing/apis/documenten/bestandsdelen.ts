/** `PUT /bestandsdelen/{uuid}` (zgw-rules 5.4): one part as multipart/form-data with `inhoud` (file) and `lock`. */
import type { RouteHandler } from "../../engine/behaviour.js";
import { allowsObject } from "../../engine/auth.js";
import { MockProblem } from "../../engine/problems.js";
import { API, PARTS, documents, lockOf, partsOf, partsView, setPartContent, uuidOf } from "./storage.js";

/** The upload of one bestandsdeel; JSON (or anything but multipart) → 415. */
export const uploadPart: RouteHandler = async (ctx) => {
  const part = ctx.store.collection(API, PARTS).get(ctx.params.uuid ?? "");
  if (!part) throw new MockProblem(404);
  const document = documents(ctx.store).get(String(part.informatieobject).split("/").pop() ?? "");
  if (!document) throw new MockProblem(404);
  const op = ctx.api.facts.operations[ctx.template]?.put;
  if (!allowsObject(ctx.api, ctx.caller, op?.scopes, document)) throw new MockProblem(403);
  const type = ctx.request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data/i.test(type)) {
    throw new MockProblem(415, { detail: `Ongeldig mediatype "${type.split(";")[0] ?? ""}" in aanvraag.` });
  }
  let form: FormData;
  try {
    form = await ctx.request.formData();
  } catch {
    throw new MockProblem(400, { code: "parse_error", detail: "Multipart form parse error." });
  }
  const lock = form.get("lock");
  const file = form.get("inhoud");
  const missing = [
    ...(typeof lock !== "string" || lock === "" ? [{ name: "lock", code: typeof lock === "string" ? "blank" : "required" }] : []),
    ...(file === null || typeof file === "string" ? [{ name: "inhoud", code: file === null ? "required" : "invalid" }] : []),
  ];
  if (missing.length > 0) ctx.fail(...missing);
  if (lock !== lockOf(ctx.store, uuidOf(document))) ctx.fail({ name: "nonFieldErrors", code: "incorrect-lock-id", reason: "Het lock-id klopt niet." });
  const bytes = new Uint8Array(await (file as Blob).arrayBuffer());
  if (bytes.length !== Number(part.omvang)) {
    ctx.fail({ name: "nonFieldErrors", code: "file-size", reason: `Het bestandsdeel is ${bytes.length} bytes, verwacht ${String(part.omvang)}.` });
  }
  setPartContent(ctx.store, uuidOf(part), bytes);
  part.voltooid = true;
  document.bestandsdelen = partsView(partsOf(ctx.store, String(document.url)));
  return { status: 200, body: { url: part.url, lock: part.lock, omvang: part.omvang, voltooid: part.voltooid, volgnummer: part.volgnummer } };
};
