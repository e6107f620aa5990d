/** The overlays, in the order they are applied. */
import { binaryAsBlob } from "./binary-as-blob.ts";
import { blankEnumValues } from "./blank-enum-values.ts";
import { clientSuppliedHeaders } from "./client-supplied-headers.ts";
import { discriminatedUnions } from "./discriminated-unions.ts";
import { multipartContentType } from "./multipart-content-type.ts";
import { readWriteMarkers } from "./read-write-markers.ts";
import { serverBasePath } from "./server-base-path.ts";
import type { Overlay } from "./types.ts";

export type { Overlay } from "./types.ts";

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
