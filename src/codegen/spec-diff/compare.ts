/** Compares two bundled documents operation by operation: parameters, request body and success response. */
import type { Json } from "../openapi-doc.js";
import * as rules from "./classify.js";
import { type Direction, type FieldFacts, flattenSchema } from "./fields.js";
import { type OperationView, operationsOf } from "./operations.js";
import type { ChangeAspect, ChangeLocation, SpecChange, SpecDiff } from "./types.js";

type Emit = (change: Omit<SpecChange, "operation" | "location" | "message">) => void;

const NOUN: Record<ChangeLocation, string> = { operation: "operation", parameter: "parameter", request: "request field", response: "response field" };

function describe(location: ChangeLocation, change: Omit<SpecChange, "operation" | "location" | "message">): string {
  const what = change.target === "" ? (location === "request" ? "request body" : "response body") : `${NOUN[location]} ${change.target}`;
  if (change.kind !== "changed") return `${what} ${change.kind}${change.to ? ` (${change.to})` : change.from ? ` (${change.from})` : ""}`;
  if (change.aspect === "enum") {
    const parts = [
      ...(change.removed?.length ? [`enum value${change.removed.length > 1 ? "s" : ""} ${change.removed.join(", ")} removed`] : []),
      ...(change.added?.length ? [`enum value${change.added.length > 1 ? "s" : ""} ${change.added.join(", ")} added`] : []),
      ...(!change.removed && !change.added ? [`enum ${change.to === "none" ? "dropped (any value now)" : "introduced"}`] : []),
    ];
    return `${what}: ${parts.join("; ")}`;
  }
  return `${what}: ${change.aspect} ${change.from} → ${change.to}`;
}

function describeFacts(facts: FieldFacts, withRequired: boolean): string {
  return `${withRequired ? (facts.required ? "required, " : "optional, ") : ""}${facts.type}${facts.nullable ? ", nullable" : ""}`;
}

/** Compares two flattened field maps; children of an added or removed field are not listed again. */
function compareFields(
  before: Map<string, FieldFacts>,
  after: Map<string, FieldFacts>,
  direction: Direction,
  name: (path: string) => string,
  emit: Emit,
): void {
  const gone: string[] = [];
  const isBelow = (path: string): boolean => gone.some((p) => p === "" || path.startsWith(`${p}.`) || path.startsWith(`${p}[]`));
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  for (const path of paths) {
    if (isBelow(path)) continue;
    const a = before.get(path);
    const b = after.get(path);
    const target = name(path);
    if (a && !b) {
      gone.push(path);
      emit({ target, kind: "removed", from: describeFacts(a, true), breaking: rules.removedBreaks() });
      continue;
    }
    if (!a && b) {
      gone.push(path);
      emit({ target, kind: "added", to: describeFacts(b, true), breaking: rules.addedBreaks(direction, b.required) });
      continue;
    }
    if (!a || !b) continue;
    const changed = (aspect: ChangeAspect, from: string, to: string, breaking: boolean): void =>
      emit({ target, kind: "changed", aspect, from, to, breaking });
    if (a.required !== b.required) changed("required", String(a.required), String(b.required), rules.requiredBreaks(direction, b.required));
    if (a.type !== b.type) changed("type", a.type, b.type, rules.typeBreaks(direction, a.type, b.type));
    if (a.nullable !== b.nullable) changed("nullable", String(a.nullable), String(b.nullable), rules.nullableBreaks(direction, b.nullable));
    if (a.enum && b.enum) {
      const removed = a.enum.filter((v) => !b.enum?.includes(v));
      const added = b.enum.filter((v) => !a.enum?.includes(v));
      if (removed.length > 0) emit({ target, kind: "changed", aspect: "enum", removed, breaking: rules.enumRemovedBreaks(direction) });
      if (added.length > 0) emit({ target, kind: "changed", aspect: "enum", added, breaking: rules.enumAddedBreaks(direction) });
    } else if (a.enum || b.enum) {
      changed("enum", a.enum ? a.enum.join(", ") : "none", b.enum ? b.enum.join(", ") : "none", rules.enumPresenceBreaks(direction, !!b.enum));
    }
  }
}

function parameterFields(doc: Json, param: Json): Map<string, FieldFacts> {
  const fields = flattenSchema(doc, param.schema, "request");
  const root = fields.get("") as FieldFacts;
  fields.set("", { ...root, required: param.required === true });
  return fields;
}

function compareParameters(docA: Json, a: OperationView, docB: Json, b: OperationView, emit: (location: ChangeLocation) => Emit): void {
  const byName = (list: readonly Json[]): Map<string, Json> => new Map(list.map((p) => [String(p.name), p]));
  const before = byName(a.parameters);
  const after = byName(b.parameters);
  for (const name of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const pa = before.get(name);
    const pb = after.get(name);
    if (pa && pb && pa.in !== pb.in) {
      emit("parameter")({ target: name, kind: "changed", aspect: "in", from: String(pa.in), to: String(pb.in), breaking: true });
    }
    const fieldsA = pa ? parameterFields(docA, pa) : new Map<string, FieldFacts>();
    const fieldsB = pb ? parameterFields(docB, pb) : new Map<string, FieldFacts>();
    const where = (p: Json | undefined): string => (p ? `in ${String(p.in)}, ` : "");
    compareFields(fieldsA, fieldsB, "request", (path) => `${name}${path}`, (change) =>
      emit("parameter")(change.target === name && change.kind !== "changed" ? { ...change, ...(change.to ? { to: where(pb) + change.to } : { from: where(pa) + (change.from ?? "") }) } : change),
    );
  }
}

function compareOperation(docA: Json, a: OperationView, docB: Json, b: OperationView, emit: (location: ChangeLocation) => Emit): void {
  compareParameters(docA, a, docB, b, emit);
  if (a.requestBody || b.requestBody) {
    if (a.requestBody && b.requestBody && a.requestBody.required !== b.requestBody.required) {
      emit("request")({
        target: "",
        kind: "changed",
        aspect: "required",
        from: String(a.requestBody.required),
        to: String(b.requestBody.required),
        breaking: b.requestBody.required,
      });
    }
    const fields = (doc: Json, body: OperationView["requestBody"]): Map<string, FieldFacts> =>
      body ? flattenSchema(doc, body.schema, "request") : new Map();
    const before = fields(docA, a.requestBody);
    const after = fields(docB, b.requestBody);
    // The body's own presence is the `required` of the request body, compared above.
    if (a.requestBody && b.requestBody) {
      before.set("", { ...(before.get("") as FieldFacts), required: true });
      after.set("", { ...(after.get("") as FieldFacts), required: true });
    } else if (b.requestBody) {
      after.set("", { ...(after.get("") as FieldFacts), required: b.requestBody.required });
    }
    compareFields(before, after, "request", (path) => path, emit("request"));
  }
  if (a.success && b.success && a.success.status !== b.success.status) {
    emit("response")({ target: "", kind: "changed", aspect: "status", from: a.success.status, to: b.success.status, breaking: true });
  }
  const response = (doc: Json, view: OperationView): Map<string, FieldFacts> =>
    view.success?.schema !== undefined ? flattenSchema(doc, view.success.schema, "response") : new Map();
  compareFields(response(docA, a), response(docB, b), "response", (path) => path, emit("response"));
}

/** Compares two bundled OpenAPI documents; `from` and `to` label them in the result. */
export function diffDocuments(from: { label: string; doc: Json }, to: { label: string; doc: Json }): SpecDiff {
  const before = operationsOf(from.doc);
  const after = operationsOf(to.doc);
  const changes: SpecChange[] = [];
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort((x, y) => {
    const [mx = "", px = ""] = x.split(" ");
    const [my = "", py = ""] = y.split(" ");
    return px === py ? mx.localeCompare(my) : px.localeCompare(py);
  });
  for (const key of keys) {
    const a = before.get(key);
    const b = after.get(key);
    const operation = (b ?? a)?.label ?? key;
    const emit =
      (location: ChangeLocation): Emit =>
      (change) =>
        changes.push({ operation, location, ...change, message: describe(location, change) });
    if (a && !b) {
      emit("operation")({ target: operation, kind: "removed", breaking: true });
    } else if (!a && b) {
      emit("operation")({ target: operation, kind: "added", breaking: false });
      // The new operation's parameters, so that a reader sees what it accepts.
      // They belong to the new operation, so none of them breaks a client.
      compareParameters(to.doc, { ...b, parameters: [] }, to.doc, b, (location) => (change) => emit(location)({ ...change, breaking: false }));
    } else if (a && b) {
      compareOperation(from.doc, a, to.doc, b, emit);
    }
  }
  const ops = (kind: string): number => changes.filter((c) => c.location === "operation" && c.kind === kind).length;
  const breaking = changes.filter((c) => c.breaking).length;
  const addedOrRemoved = new Set(changes.filter((c) => c.location === "operation").map((c) => c.operation));
  return {
    from: from.label,
    to: to.label,
    changes,
    summary: {
      breaking,
      nonBreaking: changes.length - breaking,
      operationsAdded: ops("added"),
      operationsRemoved: ops("removed"),
      operationsChanged: new Set(changes.filter((c) => !addedOrRemoved.has(c.operation)).map((c) => c.operation)).size,
    },
  };
}
