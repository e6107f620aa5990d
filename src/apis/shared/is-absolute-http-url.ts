/**
 * True for an absolute `http:` or `https:` URL with a host. Uses `new URL` in a try (not
 * `URL.canParse`, which needs Safari 17 / Chrome 120).
 */
export function isAbsoluteHttpUrl(value: unknown): value is string {
  if (typeof value !== "string" || !/^https?:\/\/[^\s/]+/i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.host !== "";
  } catch {
    return false;
  }
}
