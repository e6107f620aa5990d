import * as z from "zod/mini";

/**
 * The zod schema of a notificatie as the NRC delivers it to a webhook (`Notificatie` in the
 * notifications webhook receiver spec 1.0.0-rc1) and as a publisher sends it (`Message` in the
 * Notificaties API 1.0.x): the same seven fields, lengths and formats. Unknown members are dropped.
 *
 * `aanmaakdatum` is an ISO 8601 date-time; one without an offset is accepted too (the sender's
 * local time), because rejecting a delivery only makes the NRC retry it.
 *
 * @example
 * ```ts
 * import { notificatieSchema } from "commonground-sdk/notificaties";
 * const ok = notificatieSchema.safeParse(JSON.parse(body)).success;
 * ```
 * @see https://github.com/VNG-Realisatie/gemma-zaken/blob/master/api-specificatie/nrc/consumer-api/openapi.yaml
 */
export const notificatieSchema = z.object({
  kanaal: z.string().check(z.minLength(1), z.maxLength(50)),
  hoofdObject: z.url().check(z.minLength(1)),
  resource: z.string().check(z.minLength(1), z.maxLength(100)),
  resourceUrl: z.url().check(z.minLength(1)),
  actie: z.string().check(z.minLength(1), z.maxLength(100)),
  aanmaakdatum: z.iso.datetime({ offset: true, local: true }),
  kenmerken: z.optional(z.record(z.string(), z.string().check(z.minLength(1), z.maxLength(1000)))),
});

/**
 * A notificatie: which `resource` (at `resourceUrl`) of which `hoofdObject` had which `actie`, on
 * which `kanaal`, when (`aanmaakdatum`, as sent), with the publisher's `kenmerken` (filter keys
 * such as `bronorganisatie`, `zaaktype`, `vertrouwelijkheidaanduiding`).
 */
export interface Notificatie {
  /** The kanaal it was published on, e.g. `zaken`. */
  readonly kanaal: string;
  /** URL of the main object, e.g. the zaak. */
  readonly hoofdObject: string;
  /** The resource name, e.g. `status`. */
  readonly resource: string;
  /** URL of the resource. */
  readonly resourceUrl: string;
  /** What happened, e.g. `create`, `update`, `partial_update`, `destroy`. */
  readonly actie: string;
  /** When it happened: the ISO 8601 date-time string as sent. */
  readonly aanmaakdatum: string;
  /** The kenmerken (key → value), when the publisher sent any. */
  readonly kenmerken?: Readonly<Record<string, string>>;
}
