/** The woz workflows, re-exported from `commonground-sdk/woz` and its version entries. */
export { findWozObjecten } from "./find-woz-objecten.js";
export type { WozObject, WozObjectenQuery, WozObjectSearcher } from "./find-woz-objecten.js";
export { getWozWaarden } from "./get-woz-waarden.js";
export type { WozObjectReader, WozWaarde, WozWaardenResult } from "./get-woz-waarden.js";
export { normalizePostcode } from "../shared/postcode.js";
