/** The operations of a bundled document, with what a diff compares: parameters, request body, success response. */
import { type Json, deref, isObject } from "../openapi-doc.js";
import { eachOperation } from "../operation-facts.js";

/** One operation as the diff sees it. */
export interface OperationView {
  /** `GET /zaken/{uuid}`, as written in the spec. */
  readonly label: string;
  readonly parameters: readonly Json[];
  readonly requestBody: { readonly required: boolean; readonly schema: unknown } | undefined;
  readonly success: { readonly status: string; readonly schema: unknown } | undefined;
}

function jsonSchemaOf(content: unknown): unknown {
  if (!isObject(content)) return undefined;
  const entries = Object.entries(content);
  const json = entries.find(([type]) => /json/.test(type)) ?? entries[0];
  return json && isObject(json[1]) ? json[1].schema : undefined;
}

/**
 * Every operation keyed by method and path with parameter names blanked (`GET /zaken/{}`), so that a
 * renamed path parameter (`{uuid}` → `{zaak_uuid}`) matches the same operation.
 */
export function operationsOf(doc: Json): Map<string, OperationView> {
  const result = new Map<string, OperationView>();
  for (const { path, method, op, params } of eachOperation(doc)) {
    const body = deref(doc, op.requestBody);
    const responses = isObject(op.responses) ? op.responses : {};
    const status = Object.keys(responses)
      .filter((code) => /^2\d\d$/.test(code))
      .sort()[0];
    const response = status ? deref(doc, responses[status]) : undefined;
    result.set(`${method.toUpperCase()} ${path.replace(/\{[^}]*\}/g, "{}")}`, {
      label: `${method.toUpperCase()} ${path}`,
      parameters: params,
      requestBody: isObject(body) ? { required: body.required === true, schema: jsonSchemaOf(body.content) } : undefined,
      // A HEAD response has no body, whatever its schema says.
      success: status ? { status, schema: method !== "head" && isObject(response) ? jsonSchemaOf(response.content) : undefined } : undefined,
    });
  }
  return result;
}
