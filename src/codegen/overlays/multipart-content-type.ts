import { METHODS, deref, isObject } from "../openapi-doc.js";
import type { Json } from "../openapi-doc.js";
import type { Overlay } from "./types.js";

/** Whether an operation's request body can only be sent as a form (multipart or urlencoded), never JSON. */
function formOnlyBody(doc: Json, op: Json): boolean {
  const body = deref(doc, op.requestBody);
  const types = isObject(body) && isObject(body.content) ? Object.keys(body.content) : [];
  return types.length > 0 && types.every((t) => /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/.test(t));
}

/**
 * Removes the `Content-Type` header parameter from operations whose body is a form (Documenten's
 * `PUT /bestandsdelen/{uuid}`). Upstream declares it required, Open Zaak 1.30 even with the single
 * value `application/json`, which would make a client send JSON's content type for a multipart part
 * upload and lose the boundary that fetch writes for `FormData`.
 */
export const multipartContentType: Overlay = {
  name: "multipart-content-type",
  description: "A required Content-Type header on a multipart/form body (PUT /bestandsdelen/{uuid}) is removed: fetch sets it with the boundary.",
  // Before the operation table is read, so no Content-Type default is recorded for these operations.
  stage: "paths",
  appliesTo: () => true,
  apply(doc) {
    let changed = 0;
    const paths = isObject(doc.paths) ? doc.paths : {};
    for (const item of Object.values(paths)) {
      if (!isObject(item)) continue;
      for (const method of METHODS) {
        const op = item[method];
        if (!isObject(op) || !formOnlyBody(doc, op) || !Array.isArray(op.parameters)) continue;
        const kept = op.parameters.filter((entry) => {
          const param = deref(doc, entry);
          return !(isObject(param) && param.in === "header" && typeof param.name === "string" && param.name.toLowerCase() === "content-type");
        });
        changed += op.parameters.length - kept.length;
        op.parameters = kept;
      }
    }
    return changed;
  },
};
