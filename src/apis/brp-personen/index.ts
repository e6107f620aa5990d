/** The brp-personen workflows, re-exported from `commonground-sdk/brp-personen` and its version entries. */
export { findPersons, PERSONEN_QUERY_TYPES } from "./find-persons.js";
export type { FindPersonsOptions, FindPersonsResult, PersonenClient, PersonenQuery, PersonenQueryType, PersonenResponseOf, PersonOf } from "./find-persons.js";
export { isValidBsn } from "../shared/is-valid-bsn.js";
