/** The brp-historie workflows, re-exported from `commonground-sdk/brp-historie` and its version entries. */
export { findVerblijfplaatshistorie } from "./find-verblijfplaatshistorie.js";
export type { FindVerblijfplaatshistorieOptions, FindVerblijfplaatshistorieResult, HistorieClient, HistorieQuery, VerblijfplaatsVoorkomen } from "./find-verblijfplaatshistorie.js";
export { isValidBsn } from "../shared/is-valid-bsn.js";
