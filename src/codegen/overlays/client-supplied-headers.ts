import { METHODS, deref, isObject } from "../openapi-doc.js";
import type { Overlay } from "./types.js";

/** A header parameter whose value the client can supply by itself (one allowed value, or Content-Type). */
export function suppliedHeaderValue(param: unknown, doc: Record<string, unknown>): string | undefined {
  if (!isObject(param) || param.in !== "header" || typeof param.name !== "string") return undefined;
  const schema = deref(doc, param.schema);
  const values = isObject(schema) && Array.isArray(schema.enum) ? schema.enum : [];
  if (param.name.toLowerCase() === "content-type") return "application/json";
  if (values.length === 1 && typeof values[0] === "string") return values[0];
  return undefined;
}

/**
 * Makes header parameters that the client supplies (`Accept-Crs`/`Content-Crs` with their single
 * allowed value, `Content-Type`) optional in the types. Upstream marks them required, so every call
 * had to repeat them; the generated operation table tells the client what to send instead.
 */
export const clientSuppliedHeaders: Overlay = {
  name: "client-supplied-headers",
  description: "Required headers with one allowed value (Accept-Crs, Content-Crs) and Content-Type become optional: the client sends them.",
  appliesTo: () => true,
  apply(doc) {
    let changed = 0;
    const relax = (list: unknown): void => {
      if (!Array.isArray(list)) return;
      list.forEach((entry, i) => {
        const param = deref(doc, entry);
        if (!isObject(param) || param.required !== true || suppliedHeaderValue(param, doc) === undefined) return;
        list[i] = { ...param, required: false };
        changed++;
      });
    };
    for (const item of Object.values(isObject(doc.paths) ? doc.paths : {})) {
      if (!isObject(item)) continue;
      relax(item.parameters);
      for (const method of METHODS) if (isObject(item[method])) relax((item[method] as Record<string, unknown>).parameters);
    }
    return changed;
  },
};
