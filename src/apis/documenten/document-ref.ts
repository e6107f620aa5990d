import { isUuid } from "../shared/is-uuid.js";
import { ConfigError } from "../../errors/config-error.js";
import type { HasBaseUrl } from "../client-with.js";


/** An ENKELVOUDIGINFORMATIEOBJECT named by the caller: its uuid and its URL under the client's root. */
export interface DocumentRef {
  readonly uuid: string;
  readonly url: string;
}

/**
 * Turns a document URL or uuid into both, checking that a URL is an ENKELVOUDIGINFORMATIEOBJECT of
 * this client's API (under its `baseUrl`). Throws a ConfigError (for `subject`) otherwise.
 */
export function documentRef(client: HasBaseUrl, urlOrUuid: unknown, subject: string, path = "document"): DocumentRef {
  const root = `${client.baseUrl}/enkelvoudiginformatieobjecten/`;
  if (typeof urlOrUuid === "string") {
    if (isUuid(urlOrUuid)) return { uuid: urlOrUuid.toLowerCase(), url: `${root}${urlOrUuid.toLowerCase()}` };
    if (urlOrUuid.startsWith(root)) {
      const uuid = urlOrUuid.slice(root.length).replace(/\/$/, "");
      if (isUuid(uuid)) return { uuid: uuid.toLowerCase(), url: urlOrUuid };
    }
  }
  throw new ConfigError(subject, [
    {
      path,
      message: `pass the uuid of an enkelvoudiginformatieobject, or its URL under this client's baseUrl (${root}{uuid}); a document of another API root needs a client made for that root`,
    },
  ]);
}

/**
 * A document URL the server gave (not necessarily under the client's root, behind a proxy): its uuid
 * from the path, or undefined.
 */
export function serverDocumentRef(url: string): DocumentRef | undefined {
  const uuid = /\/enkelvoudiginformatieobjecten\/([^/?#]+)\/?(?:[?#].*)?$/.exec(url)?.[1];
  return uuid !== undefined && isUuid(uuid) ? { uuid: uuid.toLowerCase(), url } : undefined;
}

/** The uuid at the end of a server-given `…/bestandsdelen/{uuid}` URL, or undefined. */
export function partUuid(url: string): string | undefined {
  const match = /\/bestandsdelen\/([^/?#]+)\/?(?:[?#].*)?$/.exec(url);
  return match?.[1] !== undefined && isUuid(match[1]) ? match[1] : undefined;
}

/** Checks an option that must be a positive integer; returns the issue, if any. */
export function positiveInteger(value: unknown, path: string): { path: string; message: string }[] {
  if (value === undefined || (typeof value === "number" && Number.isSafeInteger(value) && value > 0)) return [];
  return [{ path, message: "must be a positive whole number" }];
}
