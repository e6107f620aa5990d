import * as z from "zod/mini";

/** One invalid parameter, as ZGW (`invalidParams`), Haal Centraal and BAG (`invalid-params`) report it. */
export interface InvalidParam {
  /** The field or parameter, e.g. `zaaktype` or `verblijfplaats_huisnummer`. */
  readonly name: string;
  /** A machine code, e.g. `required`, `integer`. */
  readonly code: string;
  /** The server's explanation. */
  readonly reason: string;
}

/**
 * A problem-details body (RFC 9457), covering ZGW `Fout`/`ValidatieFout`, Haal Centraal
 * `Foutbericht` and BAG's kebab-case `invalid-params`. Every field is optional: servers differ.
 */
export interface ProblemDetails {
  readonly type?: string;
  readonly title?: string;
  readonly status?: number;
  readonly detail?: string;
  readonly instance?: string;
  /** ZGW and Haal Centraal system code, e.g. `paramsRequired`, `not_found`. */
  readonly code?: string;
  /** Parameter problems, normalised from `invalidParams`, `invalid-params` or DRF field errors. */
  readonly invalidParams: readonly InvalidParam[];
}

const text = z.catch(z.optional(z.string().check(z.maxLength(10_000))), undefined);
const coercedText = z.catch(z.coerce.string(), "");
const invalidParam = z.looseObject({ name: coercedText, code: coercedText, reason: coercedText });
const problem = z.looseObject({
  type: text,
  title: text,
  status: z.catch(z.optional(z.number().check(z.int())), undefined),
  detail: text,
  instance: text,
  code: text,
  invalidParams: z.catch(z.optional(z.array(invalidParam)), undefined),
  "invalid-params": z.catch(z.optional(z.array(invalidParam)), undefined),
});

const fieldErrors = z.record(z.string(), z.array(z.string()).check(z.minLength(1)));

/**
 * Parses a response body into {@link ProblemDetails}; returns `undefined` for anything that is not
 * a JSON object with at least a title, detail, code or parameter list. Never throws.
 */
export function parseProblem(body: unknown): ProblemDetails | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  const parsed = problem.safeParse(body);
  if (!parsed.success) return undefined;
  const p = parsed.data;
  const params = (p.invalidParams ?? p["invalid-params"] ?? []).map(({ name, code, reason }) => ({ name, code, reason }));
  if (p.title || p.detail || p.code || params.length > 0) {
    return { ...pick(p), invalidParams: params };
  }
  // Django REST framework without problem details (Objects, Open Klant): { field: ["message"] }.
  const fields = fieldErrors.safeParse(body);
  if (fields.success && Object.keys(fields.data).length > 0) {
    const invalidParams = Object.entries(fields.data).flatMap(([name, reasons]) => reasons.map((reason) => ({ name, code: "invalid", reason })));
    return { title: "Invalid request", invalidParams };
  }
  return undefined;
}

function pick(p: z.infer<typeof problem>): Omit<ProblemDetails, "invalidParams"> {
  const out: { -readonly [K in keyof Omit<ProblemDetails, "invalidParams">]?: ProblemDetails[K] } = {};
  if (p.type !== undefined) out.type = p.type;
  if (p.title !== undefined) out.title = p.title;
  if (p.status !== undefined) out.status = p.status;
  if (p.detail !== undefined) out.detail = p.detail;
  if (p.instance !== undefined) out.instance = p.instance;
  if (p.code !== undefined) out.code = p.code;
  return out;
}
