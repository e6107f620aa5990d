import { BadRequestError } from "./bad-request-error.js";
import { HttpError, type HttpErrorInit } from "./http-error.js";
import { NotFoundError } from "./not-found-error.js";
import { PreconditionFailedError } from "./precondition-failed-error.js";
import { type ProblemDetails, parseProblem } from "./problem-details.js";
import { RateLimitError } from "./rate-limit-error.js";
import { loggableHeaders, redactText, redactUrl } from "./redact.js";
import { parseRetryAfter } from "./retry-after.js";
import { ServerError } from "./server-error.js";
import { UnauthorizedError } from "./unauthorized-error.js";

/** What `toError` needs of the request. */
export interface ErrorContext {
  readonly method: string;
  readonly url: string;
  /** Credentials in use, to be redacted wherever they might be echoed. */
  readonly secrets?: Iterable<string> | undefined;
}

/** The parts of a response `toError` reads. */
export interface ResponseLike {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
}

const classes: Record<number, typeof HttpError> = {
  400: BadRequestError,
  401: UnauthorizedError,
  403: UnauthorizedError,
  404: NotFoundError,
  410: NotFoundError,
  412: PreconditionFailedError,
  429: RateLimitError,
};

function summary(problem: ProblemDetails | undefined, contentType: string | undefined, status: number): string {
  if (!problem) {
    const kind = contentType ? contentType.split(";")[0] : "no content type";
    return status === 412 ? ` (${kind} body; ZGW answers 412 when Accept-Crs/Content-Crs is missing)` : ` (${kind} body)`;
  }
  const parts = [problem.title, problem.detail].filter((p): p is string => Boolean(p) && p !== undefined);
  const unique = parts.filter((p, i) => parts.indexOf(p) === i);
  const params = problem.invalidParams.slice(0, 5).map((p) => `${p.name}: ${p.reason || p.code}`);
  const more = problem.invalidParams.length > 5 ? `; ${problem.invalidParams.length - 5} more` : "";
  return `${unique.length > 0 ? `: ${unique.join(" — ")}` : ""}${params.length > 0 ? ` [${params.join("; ")}${more}]` : ""}`;
}

/**
 * The one place that maps an HTTP status to an error class: 400 → `BadRequestError`,
 * 401/403 → `UnauthorizedError`, 404/410 → `NotFoundError`, 412 → `PreconditionFailedError`,
 * 429 → `RateLimitError`, 5xx → `ServerError`, anything else → `HttpError`. `body` is the parsed
 * JSON or the raw text; problem details are parsed from it. Never throws; the message names the
 * method, the redacted URL and the server's title and detail.
 */
export function toError(response: ResponseLike, body: unknown, context: ErrorContext): HttpError {
  const secrets = [...(context.secrets ?? [])];
  const problem = parseProblem(body);
  const contentType = response.headers.get("content-type") ?? undefined;
  const url = redactUrl(context.url, secrets);
  const statusText = response.statusText || "";
  const message = redactText(
    `${context.method} ${url} → ${response.status}${statusText ? ` ${statusText}` : ""}${summary(problem, contentType, response.status)}`,
    secrets,
  );
  const init: HttpErrorInit = {
    status: response.status,
    statusText,
    method: context.method,
    url,
    problem: problem && redactProblem(problem, secrets),
    contentType,
    headers: loggableHeaders(response.headers, secrets),
    retryAfterMs: parseRetryAfter(response.headers.get("retry-after")),
    message,
  };
  const Class = classes[response.status] ?? (response.status >= 500 ? ServerError : HttpError);
  return new Class(init);
}

function redactProblem(problem: ProblemDetails, secrets: string[]): ProblemDetails {
  const r = (v: string | undefined): string | undefined => (v === undefined ? undefined : redactText(v, secrets));
  const out: Record<string, unknown> = { ...problem };
  for (const key of ["title", "detail", "instance", "type", "code"] as const) if (problem[key] !== undefined) out[key] = r(problem[key]);
  out.invalidParams = problem.invalidParams.map((p) => ({
    name: redactText(p.name, secrets),
    code: redactText(p.code, secrets),
    reason: redactText(p.reason, secrets),
  }));
  return out as unknown as ProblemDetails;
}

/**
 * Reads a failed response's body without consuming it (a clone) and maps it with {@link toError}.
 * A truncated or non-JSON body (a gateway's HTML page) gives an error without `problem`, not a crash.
 */
export async function errorFromResponse(response: Response, context: ErrorContext): Promise<HttpError> {
  let body: unknown;
  try {
    const text = await response.clone().text();
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
  } catch {
    body = undefined;
  }
  return toError(response, body, context);
}
