/** Bundles a spec and the files or URLs its `$ref`s reach into one document (every `$ref` local). */
import { BaseResolver, Source, bundle, createConfig, makeDocumentFromString } from "@redocly/openapi-core";
import { SpecLoadError } from "./codegen-error.js";
import type { Json } from "./openapi-doc.js";
import { redactUrls } from "./spec-input.js";

let configPromise: ReturnType<typeof createConfig> | undefined;

/** How to bundle. */
export interface BundleOptions {
  /** The root document's text when already read (it is then not read again). */
  readonly text?: string | undefined;
  /** The root document as already parsed from `text` (it is then not parsed again; the bundler may change it). */
  readonly parsed?: Json | undefined;
  /** Fetches `$ref`ed URLs (add credentials here, for their own origin only). @default globalThis.fetch */
  readonly fetch?: ((url: string) => Promise<Response>) | undefined;
  /** How to name the spec in messages. @default ref */
  readonly label?: string | undefined;
}

/** The `$ref` value at a JSON pointer of the document, to name it in a message. */
function refAt(text: string | undefined, pointer: string): string | undefined {
  if (text === undefined) return undefined;
  let node: unknown = makeDocumentFromString(text, "root").parsed;
  for (const raw of pointer.replace(/^#\/?/, "").split("/")) {
    if (raw === "") continue;
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  }
  const ref = typeof node === "object" && node !== null ? (node as Record<string, unknown>).$ref : undefined;
  return typeof ref === "string" ? ref : undefined;
}

/**
 * Bundles the spec at `ref` (an absolute file path or URL; external refs resolved relative to it)
 * into one document. A `$ref` that points nowhere is a {@link SpecLoadError} naming it.
 */
export async function bundleSpec(ref: string, options: BundleOptions = {}): Promise<Json> {
  configPromise ??= createConfig({ extends: ["minimal"] });
  const config = await configPromise;
  const externalRefResolver = new BaseResolver({ http: { headers: [], ...(options.fetch ? { customFetch: options.fetch } : {}) } });
  const label = options.label ?? ref;
  let result: Awaited<ReturnType<typeof bundle>>;
  try {
    result =
      options.text === undefined
        ? await bundle({ ref, config, dereference: false, externalRefResolver })
        : await bundle({
            doc: options.parsed ? { source: new Source(ref, options.text), parsed: options.parsed } : makeDocumentFromString(options.text, ref),
            config,
            dereference: false,
            externalRefResolver,
          });
  } catch (error) {
    throw new SpecLoadError(`${label}: cannot be bundled: ${redactUrls((error as Error).message.split("\n")[0] ?? "")}`);
  }
  const missing = result.problems.filter((p) => p.message.includes("Can't resolve"));
  if (missing.length > 0) {
    const where = (p: (typeof missing)[number]): string => {
      const at = p.location[0];
      if (!at) return "";
      const root = at.source.absoluteRef === ref;
      const pointer = at.pointer ?? "";
      const target = root ? refAt(options.text, pointer) : undefined;
      return ` at ${root ? label : at.source.absoluteRef}${pointer.startsWith("#") ? "" : "#"}${pointer}${target ? ` ($ref "${target}")` : ""}`;
    };
    // URLs (of the spec and of $refs) are shown without query or credentials: tokens hide there.
    throw new SpecLoadError(`${label}: a $ref points nowhere: ${redactUrls(missing.map((p) => `${p.message}${where(p)}`).join("; "))}`);
  }
  return result.bundle.parsed as Json;
}
