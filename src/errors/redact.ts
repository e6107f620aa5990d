/**
 * Redaction of what must never appear in an error message or a log line: credentials and citizen
 * numbers (BSN). Applied to every URL and message the SDK produces.
 */

/** The text that replaces a redacted value. */
export const REDACTED = "[REDACTED]";

/** Query parameter names whose values are treated as secrets. */
const SECRET_PARAMS = /^(access_token|token|api[-_]?key|apikey|key|secret|client_secret|password|code|signature|sig)$/i;

/** True when a 9-digit string passes the BSN eleven-test (`elfproef`). */
export function isBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0 && digits !== "000000000";
}

/** Replaces every 9-digit run that passes the eleven-test with `[BSN]`. */
export function redactBsns(text: string): string {
  return text.replace(/(?<!\d)\d{9}(?!\d)/g, (digits) => (isBsn(digits) ? "[BSN]" : digits));
}

/**
 * Redacts a text: known secrets (tokens, keys, client secrets handed in by the auth strategies)
 * become `[REDACTED]`, BSNs become `[BSN]`, and so do `Bearer …`/`Token …` values.
 */
export function redactText(text: string, secrets: Iterable<string> = []): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  out = out.replace(/\b(Bearer|Token|Basic)\s+[A-Za-z0-9._~+/=-]+/g, `$1 ${REDACTED}`);
  return redactBsns(out);
}

/** Redacts a URL: user info, secret query values, known secrets and BSNs (in path or query). */
export function redactUrl(url: string, secrets: Iterable<string> = []): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return redactText(url, secrets);
  }
  if (parsed.username || parsed.password) {
    parsed.username = "";
    parsed.password = "";
  }
  for (const key of [...parsed.searchParams.keys()]) {
    if (SECRET_PARAMS.test(key)) parsed.searchParams.set(key, REDACTED);
  }
  const text = parsed.toString();
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // A malformed escape (`%ZZ`): redact the text as it is.
  }
  // Both spellings: a secret or BSN may be percent-encoded in the URL.
  return redactText(decoded === text ? text : redactText(decoded, secrets), secrets);
}

/** Response and request headers that may be logged; everything else is left out of logs. */
export const LOGGABLE_HEADERS: readonly string[] = [
  "accept", "accept-crs", "content-crs", "content-type", "content-length", "api-version", "etag", "retry-after",
  "traceparent", "x-request-id", "x-nlx-logrecord-id", "fsc-transaction-id", "warning", "location",
  "ratelimit-limit", "ratelimit-remaining", "ratelimit-reset", "x-rate-limit-limit", "x-rate-limit-remaining",
];

/** The loggable subset of headers (allow-list), with values redacted. */
export function loggableHeaders(headers: Headers, secrets: Iterable<string> = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of LOGGABLE_HEADERS) {
    const value = headers.get(name);
    if (value !== null) out[name] = redactText(value, secrets);
  }
  return out;
}
