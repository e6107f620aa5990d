/** The zaken workflows, re-exported from `commonground-sdk/zaken` and its version entries. */
export { closeZaak } from "./close-zaak.js";
export type { CloseZaakOptions, ClosedZaak, ZaakCloser } from "./close-zaak.js";
export { reserveZaaknummer } from "./reserve-zaaknummer.js";
export type { ReserveZaaknummerOptions, ZaaknummerReserver } from "./reserve-zaaknummer.js";
export { startZaak } from "./start-zaak.js";
export type { FirstStatus, Initiator, NewZaak, StartZaakInput, StartedZaak, ZaakStarter } from "./start-zaak.js";
