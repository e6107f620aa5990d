/**
 * Authentication and authorisation (zgw-rules 1.3, 1.4): ZGW JWT (HS256, secret per client id) checked
 * with jose, authorised by the applicaties stored in the mock's Autorisaties API; `Token` keys for Open
 * Klant / Objects; `X-Api-Key` for Haal Centraal.
 */
import { decodeJwt, errors as joseErrors, jwtVerify } from "jose";
import type { ServedApi } from "./api-roots.js";
import { MockProblem } from "./problems.js";
import type { MockRecord, MockStore } from "./store.js";

/** Vertrouwelijkheidaanduiding, lowest to highest. */
export const VA_ORDER = ["openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk", "vertrouwelijk", "confidentieel", "geheim", "zeer_geheim"];

/** Who is calling, once authenticated. */
export interface Caller {
  /** JWT `client_id`, or the token / API key's owner. */
  readonly clientId: string;
  /** JWT claims (JWT APIs only). */
  readonly claims?: Readonly<Record<string, unknown>>;
  /** The applicatie of the client (JWT APIs). */
  readonly applicatie?: MockRecord;
}

/** Credentials the mock accepts. */
export interface AuthConfig {
  /** JWT secrets per client id (mutable: `/jwtsecret` adds to it). */
  readonly secrets: Map<string, string>;
  /** Accepted `Token` keys (Objects, Open Klant). */
  readonly tokens: ReadonlySet<string>;
  /** Accepted `X-Api-Key` values (Haal Centraal). */
  readonly apiKeys: ReadonlySet<string>;
  /** JWT maximum age in seconds (Open Zaak JWT_EXPIRY). @default 3600 */
  readonly jwtExpiry: number;
  readonly now: () => Date;
}

function denied(code: string, detail: string): MockProblem {
  return new MockProblem(403, { code, detail });
}

/** Authenticates a request to `api`; throws the problem (403 for JWT APIs, 401 for Token/API key). */
export async function authenticate(api: ServedApi, headers: Headers, config: AuthConfig, store: MockStore): Promise<Caller> {
  if (api.auth === "none") return { clientId: "anonymous" };
  const authorization = headers.get("authorization") ?? "";
  if (api.auth === "token") {
    const m = /^Token\s+(\S+)$/i.exec(authorization);
    if (!m?.[1]) throw new MockProblem(401, { headers: { "WWW-Authenticate": "Token" } });
    if (!config.tokens.has(m[1])) throw new MockProblem(401, { code: "authentication_failed", detail: "Ongeldige token.", headers: { "WWW-Authenticate": "Token" } });
    return { clientId: "token" };
  }
  if (api.auth === "api-key") {
    const key = headers.get("x-api-key");
    if (!key) throw new MockProblem(401, { code: "authentication", detail: "Geen API key opgegeven (X-Api-Key)." });
    if (!config.apiKeys.has(key)) throw new MockProblem(401, { code: "authentication", detail: "Ongeldige API key." });
    return { clientId: "api-key" };
  }
  const m = /^Bearer\s+(\S+)$/.exec(authorization);
  if (!m?.[1]) throw denied("permission_denied", "Authenticatiegegevens zijn niet opgegeven.");
  const token = m[1];
  let claims: Record<string, unknown>;
  try {
    claims = decodeJwt(token);
  } catch {
    throw denied("jwt-decode-error", "JWT could not be decoded.");
  }
  const clientId = claims.client_id;
  if (typeof clientId !== "string" || clientId === "") throw denied("missing-client-identifier", "Client identifier is missing in the JWT.");
  const secret = config.secrets.get(clientId);
  if (!secret) throw denied("invalid-client-identifier", "Client identifier does not exist.");
  try {
    await jwtVerify(token, new TextEncoder().encode(secret), { algorithms: ["HS256"], currentDate: config.now() });
  } catch (error) {
    if (error instanceof joseErrors.JWSSignatureVerificationFailed) throw denied("invalid-jwt-signature", "Invalid JWT signature.");
    if (error instanceof joseErrors.JWTExpired) throw denied("jwt-expired", "The JWT used for this request is expired.");
    const name = error instanceof Error ? error.constructor.name.toLowerCase() : "error";
    throw denied(`jwt-${name}`, "The JWT could not be verified.");
  }
  if (typeof claims.iat !== "number") throw denied("jwt-missing-iat-claim", "The JWT has no iat claim.");
  if (config.now().getTime() / 1000 - claims.iat >= config.jwtExpiry) throw denied("jwt-expired", "The JWT used for this request is expired.");
  const applicatie = [...store.collection("autorisaties", "/applicaties").values()].find(
    (a) => Array.isArray(a.clientIds) && a.clientIds.includes(clientId),
  );
  return applicatie ? { clientId, claims, applicatie } : { clientId, claims };
}

/** The autorisaties of the caller for a component (empty for `heeftAlleAutorisaties`: check that first). */
function autorisatiesFor(caller: Caller, component: string): MockRecord[] {
  const list = caller.applicatie?.autorisaties;
  return Array.isArray(list) ? (list as MockRecord[]).filter((a) => a.component === component) : [];
}

/** Whether the caller may do anything at all. */
export function hasAllAuthorisations(caller: Caller): boolean {
  return caller.applicatie?.heeftAlleAutorisaties === true;
}

/** Step 2 of zgw-rules 1.4: one of `scopes` in any autorisatie of the component, whatever its type. */
export function checkScopes(api: ServedApi, caller: Caller, scopes: readonly string[] | undefined): void {
  if (api.auth !== "jwt") return;
  if (!caller.applicatie) throw denied("permission_denied", "Er is geen applicatie voor deze client.");
  if (hasAllAuthorisations(caller) || !scopes || scopes.length === 0) return;
  const held = new Set(autorisatiesFor(caller, api.component ?? "").flatMap((a) => (Array.isArray(a.scopes) ? a.scopes.map(String) : [])));
  if (!scopes.some((s) => s.split("&").every((part) => held.has(part)))) {
    throw denied("permission_denied", "U heeft geen toestemming om deze actie uit te voeren.");
  }
}

/** The type field of a component's main object (`zaaktype` for zrc, …); undefined when not type-bound. */
export const TYPE_FIELD: Readonly<Record<string, string>> = { zrc: "zaaktype", drc: "informatieobjecttype", brc: "besluittype" };

/**
 * Type-bound check (zgw-rules 1.4): an autorisatie for the main object's type, with a high enough
 * `maxVertrouwelijkheidaanduiding`, holds one of the scopes.
 */
export function allowsObject(api: ServedApi, caller: Caller, scopes: readonly string[] | undefined, main: MockRecord): boolean {
  if (api.auth !== "jwt" || hasAllAuthorisations(caller)) return true;
  const field = TYPE_FIELD[api.component ?? ""];
  if (!field) return true;
  const va = typeof main.vertrouwelijkheidaanduiding === "string" ? VA_ORDER.indexOf(main.vertrouwelijkheidaanduiding) : -1;
  return autorisatiesFor(caller, api.component ?? "").some((a) => {
    if (a[field] !== main[field]) return false;
    if (va >= 0 && typeof a.maxVertrouwelijkheidaanduiding === "string" && VA_ORDER.indexOf(a.maxVertrouwelijkheidaanduiding) < va) return false;
    const held = Array.isArray(a.scopes) ? a.scopes.map(String) : [];
    return !scopes || scopes.length === 0 || scopes.some((s) => s.split("&").every((part) => held.includes(part)));
  });
}
