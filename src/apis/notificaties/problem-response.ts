/**
 * The problem+json answers of the webhook receiver, in the shapes its spec declares: `Fout` for
 * 401/405/413/500 and `ValidatieFout` for 400.
 */

/** One invalid field of a `ValidatieFout`. */
export interface FieldValidationError {
  /** The field, dotted for nested members (`kenmerken.zaaktype`); `nonFieldErrors` for the body as a whole. */
  readonly name: string;
  /** A machine code, e.g. `invalid_type`, `too_small`, `parse_error`. */
  readonly code: string;
  /** What is wrong. */
  readonly reason: string;
}

const TYPES: Readonly<Record<number, string>> = {
  400: "https://www.rfc-editor.org/rfc/rfc9110#name-400-bad-request",
  401: "https://www.rfc-editor.org/rfc/rfc9110#name-401-unauthorized",
  405: "https://www.rfc-editor.org/rfc/rfc9110#name-405-method-not-allowed",
  413: "https://www.rfc-editor.org/rfc/rfc9110#name-413-content-too-large",
  500: "https://www.rfc-editor.org/rfc/rfc9110#name-500-internal-server-error",
};

/** A `Fout` (or, with `invalidParams`, a `ValidatieFout`) response. @internal */
export function problemResponse(
  status: number,
  code: string,
  title: string,
  detail: string,
  options: { readonly invalidParams?: readonly FieldValidationError[]; readonly headers?: Readonly<Record<string, string>> } = {},
): Response {
  const body: Record<string, unknown> = { type: TYPES[status], code, title, status, detail, instance: `urn:uuid:${crypto.randomUUID()}` };
  if (options.invalidParams) {
    // The webhook spec's ValidatieFout names the list `invalid-params`; the Notificaties API's
    // (and ZGW's) names it `invalidParams`. Both carry the same list, so either reader finds it.
    body.invalidParams = options.invalidParams;
    body["invalid-params"] = options.invalidParams;
  }
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/problem+json", ...options.headers } });
}
