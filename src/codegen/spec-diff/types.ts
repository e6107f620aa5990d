/** The result of comparing two specs. */

/** Where in an operation a change sits. */
export type ChangeLocation = "operation" | "parameter" | "request" | "response";

/** What happened to the operation, parameter or field. */
export type ChangeKind = "added" | "removed" | "changed";

/** Which property of a field or parameter changed (only for `changed`). */
export type ChangeAspect = "required" | "type" | "nullable" | "enum" | "in" | "status";

/** One change, flagged breaking when a client written against the old spec may fail on the new one. */
export interface SpecChange {
  /** `GET /zaken/{uuid}` (as in the newer spec when it has the operation). */
  readonly operation: string;
  readonly location: ChangeLocation;
  /** The parameter name or field path (`zaakgeometrie.type`, `results[].url`; `""` is the body itself). */
  readonly target: string;
  readonly kind: ChangeKind;
  readonly aspect?: ChangeAspect;
  readonly from?: string;
  readonly to?: string;
  /** Enum values (JSON-encoded) that appeared. */
  readonly added?: readonly string[];
  /** Enum values (JSON-encoded) that disappeared. */
  readonly removed?: readonly string[];
  readonly breaking: boolean;
  /** One line describing the change, e.g. `request field "status": enum value "x" removed`. */
  readonly message: string;
}

/** Every change between two specs, in operation order. */
export interface SpecDiff {
  readonly from: string;
  readonly to: string;
  readonly changes: readonly SpecChange[];
  readonly summary: {
    readonly breaking: number;
    readonly nonBreaking: number;
    readonly operationsAdded: number;
    readonly operationsRemoved: number;
    readonly operationsChanged: number;
  };
}
