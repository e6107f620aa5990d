import { CommonGroundError } from "./common-ground-error.js";

/**
 * A URL reference could not be followed: it lies outside every configured API's base URL and its
 * origin is not on the allow-list. The message shows the URL (redacted) and the configured bases.
 */
export class ReferenceRefusedError extends CommonGroundError {
  /** The refused URL, redacted. */
  readonly url: string;

  constructor(url: string, message: string) {
    super("reference", message);
    this.name = "ReferenceRefusedError";
    this.url = url;
  }
}
