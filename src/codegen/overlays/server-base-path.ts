import { isObject } from "../openapi-doc.js";
import type { Overlay } from "./types.js";

/**
 * Strips the server's base path from path keys when every path repeats it. Catalogi 1.2.0 declares
 * `servers: …/api/v1` *and* paths `/api/v1/zaaktypen`, so with the documented base URL
 * (`…/catalogi/api/v1`) every call went to `…/api/v1/api/v1/zaaktypen`.
 */
export const serverBasePath: Overlay = {
  name: "server-base-path",
  description: "Path keys that repeat the server's base path (Catalogi 1.2.0: /api/v1/zaaktypen) are made relative to it.",
  stage: "paths",
  appliesTo: () => true,
  apply(doc) {
    const servers = Array.isArray(doc.servers) ? doc.servers : [];
    const first = servers.find(isObject);
    if (!first || typeof first.url !== "string" || !isObject(doc.paths)) return 0;
    const base = new URL(first.url, "https://host.invalid").pathname.replace(/\/+$/, "");
    const keys = Object.keys(doc.paths);
    if (!base || keys.length === 0 || !keys.every((k) => k.startsWith(`${base}/`))) return 0;
    doc.paths = Object.fromEntries(Object.entries(doc.paths).map(([k, v]) => [k.slice(base.length), v]));
    return keys.length;
  },
};
