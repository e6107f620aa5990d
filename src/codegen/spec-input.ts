/**
 * Reads a spec given as a local file or an http(s) URL, and checks that it is OpenAPI 3.x, with one
 * {@link SpecLoadError} per problem that names the file or URL. Credentials passed as headers go only
 * to the URL's own origin and never into a message.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { makeDocumentFromString } from "@redocly/openapi-core";
import { CodegenError, SpecLoadError } from "./codegen-error.js";
import { fsProblem } from "./fs-problem.js";
import { type Json, isObject } from "./openapi-doc.js";

/** A spec as read: where it is, how to name it in messages, its text and its parsed document. */
export interface SpecInput {
  /** An absolute file path or URL, for resolving relative `$ref`s. */
  readonly ref: string;
  /** The file as given, or the URL without query or credentials. */
  readonly label: string;
  /** The spec's text as read. */
  readonly text: string;
  /** The parsed document (not yet bundled). */
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

/** `text` with every http(s) URL in it shown as {@link urlLabel} (no credentials, no query). */
export function redactUrls(text: string): string {
  return text.replace(/https?:\/\/[^\s"'`)]+/gi, (url) => urlLabel(url));
}

/**
 * Throws a {@link CodegenError} when a header name is not an HTTP token or a value holds a character
 * a header cannot carry; the message names the header, never its value.
 */
export function checkHeaders(headers: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(headers)) {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) throw new CodegenError("config", `header names are letters, digits and !#$%&'*+.^_\`|~- only (got one of ${name.length} characters)`);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
    if (/[\u0000-\u0008\u000a-\u001f\u007f]|[^\u0000-\u00ff]/.test(value)) {
      throw new CodegenError("config", `header ${name}: its value holds a line break, a control character or a character beyond Latin-1, which a header cannot carry`);
    }
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

/** Why a request failed, without echoing the error's own text (it may hold the URL). */
function networkProblem(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  return typeof cause?.code === "string" ? cause.code : "network error";
}

async function download(input: string, options: SpecInputOptions): Promise<string> {
  const label = urlLabel(input);
  const url = new URL(input);
  if (url.username || url.password) throw new SpecLoadError(`${label}: the URL holds credentials; pass them with --header instead`);
  const timeoutMs = options.timeoutMs ?? SPEC_FETCH_TIMEOUT_MS;
  checkHeaders(options.headers ?? {});
  const get = fetchWithHeaders(url.origin, options.headers ?? {}, options.fetch ?? fetch, timeoutMs);
  const failed = (error: unknown, what: string): SpecLoadError =>
    (error as Error).name === "TimeoutError" ? new SpecLoadError(`${label}: no answer within ${timeoutMs / 1000} s`) : new SpecLoadError(`${label}: ${what} (${networkProblem(error)})`);
  let response: Response;
  try {
    response = await get(input);
  } catch (error) {
    throw failed(error, "cannot reach it");
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
  try {
    return await response.text();
  } catch (error) {
    throw failed(error, "the answer broke off");
  }
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
    throw new SpecLoadError(`${label}: cannot read it (${fsProblem(error)})`);
  }
}

/** Reads and checks a spec from a file or URL. */
export async function readSpecInput(input: string, options: SpecInputOptions = {}): Promise<SpecInput> {
  if (isUrl(input)) {
    const label = urlLabel(input);
    if (!URL.canParse(input)) throw new SpecLoadError(`${label}: not a valid URL`);
    const text = await download(input, options);
    return { ref: input, label, text, doc: parseOpenApi(text, label) };
  }
  const ref = resolve(options.cwd ?? process.cwd(), input);
  const text = readSpecFile(ref, input);
  return { ref, label: input, text, doc: parseOpenApi(text, input) };
}
