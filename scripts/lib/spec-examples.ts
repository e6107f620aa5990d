/** Reads examples from a synced spec, for tests that answer with the spec's own payloads. */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { type Json, deref, isObject } from "../../src/codegen/openapi-doc.ts";
import { specFile } from "../../src/codegen/registry.ts";

const cache = new Map<string, Json>();

/** The parsed (unbundled) synced spec `id/variant`. */
export function loadSpec(id: string, variant: string): Json {
  const key = `${id}/${variant}`;
  let doc = cache.get(key);
  if (!doc) {
    doc = parse(readFileSync(specFile({ id, variant }), "utf8"), { maxAliasCount: -1 }) as Json;
    cache.set(key, doc);
  }
  return doc;
}

/** The `example` (or first of `examples`) of an operation's response media, or undefined. */
export function responseExample(doc: Json, path: string, method: string, status = "200"): unknown {
  const paths = isObject(doc.paths) ? doc.paths : {};
  const op = isObject(paths[path]) ? (paths[path] as Json)[method] : undefined;
  const responses = isObject(op) && isObject(op.responses) ? op.responses : {};
  const response = deref(doc, responses[status]);
  if (!isObject(response) || !isObject(response.content)) return undefined;
  for (const media of Object.values(response.content)) {
    if (!isObject(media)) continue;
    if (media.example !== undefined) return media.example;
    if (isObject(media.examples)) {
      const first = deref(doc, Object.values(media.examples)[0]);
      if (isObject(first) && "value" in first) return first.value;
    }
  }
  return undefined;
}
