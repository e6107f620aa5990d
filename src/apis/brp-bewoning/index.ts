/** The brp-bewoning workflows, re-exported from `commonground-sdk/brp-bewoning` and its version entries. */
export { findBewoningen } from "./find-bewoningen.js";
export type { Bewoning, BewoningClient, BewoningenQuery, FindBewoningenOptions, FindBewoningenResult } from "./find-bewoningen.js";
export { isValidBsn } from "../shared/is-valid-bsn.js";
