import { setBody } from "./set-body.js";
import type { FetchLike } from "../core/fetch-like.js";
import { NetworkError } from "../errors/network-error.js";

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;

/** What following redirects by hand needs to know. */
export interface RedirectContext {
  readonly fetch: FetchLike;
  /** The origin credentials belong to. */
  readonly origin: string;
  /** Header names that carry credentials: dropped as soon as a redirect leaves `origin`. */
  readonly credentialHeaders: readonly string[];
  /** The request body, for 307/308 (which repeat it): a fresh one per hop. */
  readonly body: () => BodyInit | undefined;
  /** For messages. */
  readonly shownUrl: () => string;
}

/**
 * Follows the redirect `response` that `first` (sent with `redirect: "manual"` because it carries
 * credentials) got, by hand, dropping the credential headers as soon as a redirect leaves the
 * credentials' origin (fetch itself only drops `Authorization` and `Cookie`, not `X-Api-Key` and
 * friends). Returns the first response that is not a redirect; a 3xx without `Location` is returned
 * as it is. The transport calls this only for a 3xx or an opaque redirect, so the usual response
 * costs nothing here.
 */
export async function followRedirects(first: Request, firstResponse: Response, context: RedirectContext): Promise<Response> {
  let request = first;
  let response = firstResponse;
  for (let hop = 0; ; hop++) {
    if (response.type === "opaqueredirect") {
      throw new NetworkError(request.method, context.shownUrl(), "the server redirected, and a browser does not let the SDK check where to; call the final URL directly");
    }
    const location = REDIRECTS.has(response.status) ? response.headers.get("location") : null;
    if (location === null) return response;
    if (hop >= MAX_REDIRECTS) throw new NetworkError(request.method, context.shownUrl(), `more than ${MAX_REDIRECTS} redirects`);
    void response.body?.cancel().catch(() => undefined);
    const next = new URL(location, request.url);
    const headers = new Headers(request.headers);
    if (next.origin !== context.origin) for (const name of context.credentialHeaders) headers.delete(name);
    const toGet = response.status === 303 || ((response.status === 301 || response.status === 302) && request.method === "POST");
    const init: RequestInit = { method: toGet ? "GET" : request.method, headers, signal: request.signal, redirect: "manual" };
    if (toGet) headers.delete("content-type");
    else {
      const body = context.body();
      if (body !== undefined) setBody(init, body);
    }
    request = new Request(next, init);
    response = await context.fetch(request);
  }
}
