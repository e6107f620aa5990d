/** Problem bodies (`Fout` / `ValidatieFout`) the way Open Zaak writes them (zgw-rules 1.2). */

/** One entry of `invalidParams`. */
export interface InvalidParam {
  /** camelCase, dotted for nesting, numbers for list positions: `relevanteAndereZaken.0.url`. */
  readonly name: string;
  /** The DRF / Open Zaak code, e.g. `required`, `invalid_choice`, `bad-url`. */
  readonly code: string;
  /** Free text (Dutch, as Open Zaak); compare `code` and `name`, never this. */
  readonly reason: string;
}

const TITLES: Record<number, [code: string, exception: string, title: string]> = {
  400: ["invalid", "ValidationError", "Invalid input."],
  401: ["not_authenticated", "NotAuthenticated", "Authenticatiegegevens zijn niet opgegeven."],
  403: ["permission_denied", "PermissionDenied", "U heeft geen toestemming om deze actie uit te voeren."],
  404: ["not_found", "NotFound", "Niet gevonden."],
  405: ["method_not_allowed", "MethodNotAllowed", "Methode niet toegestaan."],
  406: ["not_acceptable", "NotAcceptable", "Kan niet voldoen aan de opgegeven Accept header."],
  409: ["conflict", "Conflict", "Conflict."],
  412: ["precondition_failed", "PreconditionFailed", "Precondition failed"],
  413: ["request_entity_too_large", "RequestEntityTooLarge", "Request entity too large."],
  415: ["unsupported_media_type", "UnsupportedMediaType", "Niet-ondersteund media type in verzoek."],
  500: ["error", "APIException", "Er is een serverfout opgetreden."],
  501: ["not_implemented", "NotImplemented", "Niet geïmplementeerd in de mock."],
};

/** Thrown anywhere in the engine (and by behaviours) to answer with a problem body. */
export class MockProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly invalidParams: readonly InvalidParam[] | undefined;
  readonly headers: Readonly<Record<string, string>>;
  /** Exception name in `type` (`…/ref/fouten/<exception>/`) when not the status's default, e.g. `ZaakClosed`. */
  readonly exception: string | undefined;

  constructor(
    status: number,
    options: { code?: string; detail?: string; invalidParams?: readonly InvalidParam[]; headers?: Record<string, string>; exception?: string } = {},
  ) {
    const [code, , title] = TITLES[status] ?? TITLES[500] ?? ["error", "APIException", "Error"];
    super(options.detail ?? title);
    this.name = "MockProblem";
    this.status = status;
    this.code = options.code ?? code;
    this.detail = options.detail ?? title;
    this.invalidParams = options.invalidParams;
    this.headers = options.headers ?? {};
    this.exception = options.exception;
  }
}

/** A 400 `ValidatieFout` naming each bad field. */
export function validationProblem(invalidParams: readonly InvalidParam[]): MockProblem {
  return new MockProblem(400, { invalidParams });
}

/** The JSON body of a problem, with `type` under the request's origin and a fresh `instance`. */
export function problemBody(problem: MockProblem, origin: string): Record<string, unknown> {
  const [, exception, title] = TITLES[problem.status] ?? ["error", "APIException", "Error"];
  const body: Record<string, unknown> = {
    type: `${origin}/ref/fouten/${problem.exception ?? exception}/`,
    code: problem.code,
    title,
    status: problem.status,
    detail: problem.status === 400 && problem.invalidParams ? title : problem.detail,
    instance: `urn:uuid:${crypto.randomUUID()}`,
  };
  if (problem.invalidParams) body.invalidParams = problem.invalidParams;
  return body;
}

/** A `Response` carrying the problem as `application/problem+json`. */
export function problemResponse(problem: MockProblem, origin: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problemBody(problem, origin)), {
    status: problem.status,
    headers: { "Content-Type": "application/problem+json", ...headers, ...problem.headers },
  });
}
