/** The overlays, in the order they are applied. */
import { binaryAsBlob } from "./binary-as-blob.js";
import { blankEnumValues } from "./blank-enum-values.js";
import { clientSuppliedHeaders } from "./client-supplied-headers.js";
import { discriminatedUnions } from "./discriminated-unions.js";
import { multipartContentType } from "./multipart-content-type.js";
import { readWriteMarkers } from "./read-write-markers.js";
import { serverBasePath } from "./server-base-path.js";
import type { Overlay } from "./types.js";

export type { Overlay, OverlaySubject } from "./types.js";

/** Every overlay, in application order. */
export const OVERLAYS: readonly Overlay[] = [
  serverBasePath,
  multipartContentType,
  discriminatedUnions,
  blankEnumValues,
  clientSuppliedHeaders,
  readWriteMarkers,
  binaryAsBlob,
];
