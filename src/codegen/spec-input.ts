/**
 * Reads a spec given as a local file or an http(s) URL, and checks that it is OpenAPI 3.x, with one
 * {@link SpecLoadError} per problem that names the file or URL. Credentials passed as headers go only
 * to the URL's own origin and never into a message.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { makeDocumentFromString } from "@redocly/openapi-core";
import { SpecLoadError } from "./codegen-error.js";
import { type Json, isObject } from "./openapi-doc.js";

/** A spec as read: where it is, how to name it in messages, its text and its parsed document. */
export interface SpecInput {
  /** An absolute file path or URL, for resolving relative `$ref`s. */
  readonly ref: string;
  /** The file as given, or the URL without query or credentials. */
  readonly label: string;
  readonly text: string;
  readonly doc: Json;
}

/** How to read a spec. */
export interface SpecInputOptions {
  /** Headers for a URL (e.g. `Authorization`), sent only to the URL's own origin. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** Folder a relative file path is read from. @default process.cwd() */
  readonly cwd?: string | undefined;
  /** The fetch used for URLs. @default globalThis.fetch */
  readonly fetch?: typeof fetch | undefined;
  /** How long each request for a URL may take. @default 30000 */
  readonly timeoutMs?: number | undefined;
}

/** Whether `input` is an http(s) URL rather than a file path. */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** A URL as shown in messages and headers: no credentials, no query (tokens hide there), no fragment. */
export function urlLabel(input: string): string {
  try {
    const url = new URL(input);
    return `${url.origin}${url.pathname}${url.search ? "?…" : ""}`;
  } catch {
    return "(an invalid URL)";
  }
}

/** How long a spec URL (or one its `$ref`s reach) may take to answer. */
export const SPEC_FETCH_TIMEOUT_MS = 30_000;

/**
 * A fetch that adds `headers` only to requests for `origin`, also across redirects (followed by
 * hand, at most 5: a redirect to another host gets no credentials), with a timeout per request.
 */
export function fetchWithHeaders(
  origin: string,
  headers: Readonly<Record<string, string>>,
  base: typeof fetch = fetch,
  timeoutMs: number = SPEC_FETCH_TIMEOUT_MS,
): (url: string) => Promise<Response> {
  return async (url) => {
    let current = url;
    for (let hop = 0; ; hop++) {
      const response = await base(current, {
        headers: new URL(current).origin === origin ? { ...headers } : {},
        redirect: "manual",
        signal: AbortSignal.timeout(timeoutMs),
      });
      const location = response.status >= 300 && response.status < 400 ? response.headers.get("location") : null;
      if (location === null || hop === 5) return response;
      await response.body?.cancel();
      current = new URL(location, current).href;
    }
  };
}

async function download(input: string, options: SpecInputOptions): Promise<string> {
  const label = urlLabel(input);
  const timeoutMs = options.timeoutMs ?? SPEC_FETCH_TIMEOUT_MS;
  const get = fetchWithHeaders(new URL(input).origin, options.headers ?? {}, options.fetch ?? fetch, timeoutMs);
  let response: Response;
  try {
    response = await get(input);
  } catch (error) {
    if ((error as Error).name === "TimeoutError") throw new SpecLoadError(`${label}: no answer within ${timeoutMs / 1000} s`);
    const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
    const why = typeof cause?.code === "string" ? cause.code : typeof cause?.message === "string" ? cause.message : (error as Error).message;
    throw new SpecLoadError(`${label}: cannot reach it (${why})`);
  }
  if (response.status === 401 || response.status === 403) {
    await response.body?.cancel();
    const hint = options.headers && Object.keys(options.headers).length > 0 ? "check the credentials passed with --header" : 'pass credentials with --header "Authorization: …"';
    throw new SpecLoadError(`${label}: answered ${response.status} ${response.statusText || (response.status === 401 ? "Unauthorized" : "Forbidden")}; ${hint}`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new SpecLoadError(`${label}: answered ${response.status} ${response.statusText}`.trimEnd());
  }
  return response.text();
}

/** Parses spec text and checks it is an OpenAPI 3.x document; `label` names it in messages. */
export function parseOpenApi(text: string, label: string): Json {
  let doc: unknown;
  try {
    // The bundler's own parser (js-yaml): several times faster than a full YAML document model.
    doc = makeDocumentFromString(text, "spec.yaml").parsed;
  } catch (error) {
    const reason = (error as Error).message.split("\n")[0]?.replace(/ in "spec\.yaml"/, "");
    throw new SpecLoadError(`${label}: not valid YAML or JSON: ${reason}`);
  }
  if (isObject(doc) && typeof doc.swagger === "string") {
    throw new SpecLoadError(`${label}: is Swagger ${doc.swagger}; only OpenAPI 3.x documents are supported (convert it first, e.g. with swagger2openapi)`);
  }
  if (!isObject(doc) || typeof doc.openapi !== "string" || !doc.openapi.startsWith("3.")) {
    throw new SpecLoadError(`${label}: not an OpenAPI 3.x document (it has no "openapi: 3.x" field)`);
  }
  if (!isObject(doc.paths)) throw new SpecLoadError(`${label}: not an OpenAPI 3.x document (it has no "paths" object)`);
  return doc;
}

/** Reads a local file, raising a message that names it. */
export function readSpecFile(file: string, label: string = file): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a file" : code === "EACCES" ? "permission denied" : (code ?? String(error));
    throw new SpecLoadError(`${label}: cannot read it (${why})`);
  }
}

/** Reads and checks a spec from a file or URL. */
export async function readSpecInput(input: string, options: SpecInputOptions = {}): Promise<SpecInput> {
  if (isUrl(input)) {
    const label = urlLabel(input);
    const text = await download(input, options);
    return { ref: input, label, text, doc: parseOpenApi(text, label) };
  }
  const ref = resolve(options.cwd ?? process.cwd(), input);
  const text = readSpecFile(ref, input);
  return { ref, label: input, text, doc: parseOpenApi(text, input) };
}
