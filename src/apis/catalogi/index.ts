/** The catalogi workflows, re-exported from `commonground-sdk/catalogi` and its version entries. */
export type { FindTypeOptions } from "./find-catalogus-type.js";
export { findBesluittype } from "./find-besluittype.js";
export type { BesluittypeFinder, FindBesluittypeOptions, FoundBesluittype } from "./find-besluittype.js";
export { findInformatieobjecttype } from "./find-informatieobjecttype.js";
export type { FindInformatieobjecttypeOptions, FoundInformatieobjecttype, InformatieobjecttypeFinder } from "./find-informatieobjecttype.js";
export { findZaaktype } from "./find-zaaktype.js";
export type { FindZaaktypeOptions, FoundZaaktype, ZaaktypeFinder } from "./find-zaaktype.js";
