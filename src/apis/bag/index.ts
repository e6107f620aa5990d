/** The bag workflows, re-exported from `commonground-sdk/bag` and its version entries. */
export { ADRES_EXPANDS, searchAddresses } from "./search-addresses.js";
export type { AddressSearcher, AdresExpand, AdresExpandPath, BagAdres, SearchAddressesQuery } from "./search-addresses.js";
export { normalizePostcode } from "../shared/postcode.js";
