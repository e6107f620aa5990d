/** The brk workflows, re-exported from `commonground-sdk/brk` and its version entries. */
export { findKadastraalOnroerendeZaken } from "./find-kadastraal-onroerende-zaken.js";
export type {
  FindKadastraalOnroerendeZakenResult,
  KadastraalOnroerendeZaak,
  KadastraalOnroerendeZaakExpand,
  KadastraalOnroerendeZaakExpandPath,
  KadastraalOnroerendeZakenClient,
  KadastraalOnroerendeZakenQuery,
} from "./find-kadastraal-onroerende-zaken.js";
export { normalizePostcode } from "../shared/postcode.js";
