import { createQuerySerializer, serializeArrayParam } from "openapi-fetch";

const plain = createQuerySerializer();

/**
 * Builds a query serializer that joins the named array parameters with commas
 * (`style: form, explode: false`, as ZGW's `…__in`, `ordering` and `expand` want) and serializes
 * everything else as openapi-fetch does by default. Parameter order is kept.
 */
export function commaJoiningSerializer(commaArrays: readonly string[]): (query: Record<string, unknown>) => string {
  const joined = new Set(commaArrays);
  return (query) => {
    const parts: string[] = [];
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value === undefined || value === null) continue;
      const part =
        Array.isArray(value) && joined.has(name)
          ? value.length > 0
            ? serializeArrayParam(name, value, { style: "form", explode: false })
            : ""
          : plain({ [name]: value });
      if (part) parts.push(part);
    }
    return parts.join("&");
  };
}
