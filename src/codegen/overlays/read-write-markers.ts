import type { Overlay } from "./types.js";

/**
 * VNG specs use one schema for request and response, and many fields are `readOnly` and `required`
 * (`url`, `uuid`, `einddatum`, …), so `POST /zaken` demanded fields the server sets. With
 * openapi-typescript's `$Read`/`$Write` markers, openapi-fetch leaves readOnly fields out of request
 * bodies and writeOnly fields out of responses.
 */
export const readWriteMarkers: Overlay = {
  name: "read-write-markers",
  description: "readOnly fields are left out of request bodies (and writeOnly fields out of responses).",
  appliesTo: () => true,
  generatorOptions: { readWriteMarkers: true },
};
