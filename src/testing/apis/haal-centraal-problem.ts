/** Problem bodies the way the Haal Centraal APIs write them (`Foutbericht` with `invalidParams`, codes in camelCase). */

/** One invalid parameter of a Haal Centraal 400. */
export interface HcInvalidParam {
  readonly name: string;
  readonly code: string;
  readonly reason: string;
}

const RFC = "https://datatracker.ietf.org/doc/html/rfc7231";

/** A Haal Centraal problem `Response` (status, code, title, detail, instance = the request path). */
export function hcProblem(
  status: number,
  fields: { readonly code: string; readonly title: string; readonly detail?: string; readonly instance: string; readonly section?: string },
  invalidParams?: readonly HcInvalidParam[],
  paramsKey: "invalidParams" | "invalid-params" = "invalidParams",
): Response {
  const body: Record<string, unknown> = {
    type: `${RFC}#section-${fields.section ?? (status === 400 ? "6.5.1" : status === 404 ? "6.5.4" : status === 406 ? "6.5.6" : "6.6.1")}`,
    title: fields.title,
    status,
    ...(fields.detail !== undefined ? { detail: fields.detail } : {}),
    instance: fields.instance,
    code: fields.code,
  };
  if (invalidParams) body[paramsKey] = invalidParams.map((p) => ({ type: `https://www.vng.nl/realisatie/api/validaties/${p.code.toLowerCase()}`, ...p }));
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/problem+json" } });
}

/** The 400 `paramsValidation` problem: "De foutieve parameter(s) zijn: a, b." */
export function hcParamsProblem(instance: string, invalidParams: readonly HcInvalidParam[], paramsKey: "invalidParams" | "invalid-params" = "invalidParams"): Response {
  return hcProblem(
    400,
    { code: "paramsValidation", title: "Een of meerdere parameters zijn niet correct.", detail: `De foutieve parameter(s) zijn: ${invalidParams.map((p) => p.name).join(", ")}.`, instance },
    invalidParams,
    paramsKey,
  );
}

/** The reasons Haal Centraal gives per code (Dutch; compare `code`/`name`, never these). */
export const HC_REASON = {
  required: "Parameter is verplicht.",
  unknownParam: "Parameter is niet verwacht.",
  array: "Parameter is geen array.",
  integer: "Waarde is geen geldig getal.",
  boolean: "Waarde is geen boolean.",
  date: "Waarde is geen geldige datum.",
  pattern: (source: string) => `Waarde voldoet niet aan patroon ${source}.`,
  minimum: (n: number) => `Waarde is lager dan minimum ${n}.`,
  maximum: (n: number) => `Waarde is hoger dan maximum ${n}.`,
  minItems: (n: number) => `Array bevat minder dan ${n} items.`,
  maxItems: (n: number) => `Array bevat meer dan ${n} items.`,
} as const;

/** A real calendar day `YYYY-MM-DD`. */
export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
