/**
 * Network routing: how a request to the API's base URL travels (an FSC or NLX outway), and how
 * URLs in responses map back so that references and `next` links keep working.
 */
export interface Routing {
  /** A short name for logs, e.g. `fsc`, `nlx`. */
  readonly name: string;
  /** The URL to send a request to, given the URL under the client's base URL. */
  rewrite(url: URL, baseUrl: string): URL;
  /** Headers to add to each request (a fresh `Fsc-Transaction-Id`, the grant hash, …). */
  headers?(): Readonly<Record<string, string>>;
  /** Maps a response back (URLs in the body from the outway form to the base URL form). */
  mapResponse?(response: Response, baseUrl: string): Promise<Response>;
}
