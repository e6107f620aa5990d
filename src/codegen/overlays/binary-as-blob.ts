import ts from "typescript";
import type { Overlay } from "./types.js";

const BLOB = ts.factory.createTypeReferenceNode("Blob");
const NULL = ts.factory.createLiteralTypeNode(ts.factory.createNull());

/**
 * `format: binary` (document downloads, multipart uploads) is typed `Blob`, which is what the client
 * returns for binary responses and what `FormData` accepts, instead of upstream's `string`.
 */
export const binaryAsBlob: Overlay = {
  name: "binary-as-blob",
  description: "Binary payloads (format: binary) are typed Blob instead of string.",
  appliesTo: () => true,
  generatorOptions: {
    transform(schema) {
      if (schema.format !== "binary") return undefined;
      return "nullable" in schema && schema.nullable ? ts.factory.createUnionTypeNode([BLOB, NULL]) : BLOB;
    },
  },
};
