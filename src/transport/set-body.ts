/**
 * Puts a body on a RequestInit; a stream body also needs `duplex: "half"` (fetch refuses a
 * ReadableStream request body without it).
 */
export function setBody(init: RequestInit, body: BodyInit): void {
  init.body = body;
  if (typeof ReadableStream !== "undefined" && body instanceof ReadableStream) (init as RequestInit & { duplex?: "half" }).duplex = "half";
}
