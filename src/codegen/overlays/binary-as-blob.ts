import type ts from "typescript";
import type { Overlay } from "./types.js";

/** The TypeScript node factory, handed over when types are generated (the compiler loads only then). */
let factory: typeof ts.factory | undefined;

/**
 * Gives the overlay the TypeScript compiler that openapi-typescript runs on. `typesFor` calls it
 * after loading both, so that nothing loads TypeScript for commands that make no types (`specs`).
 */
export function useTypeScript(compiler: Pick<typeof ts, "factory">): void {
  factory = compiler.factory;
}

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
      if (!factory) throw new Error("binary-as-blob: the TypeScript compiler was not handed over (call useTypeScript first)");
      const blob = factory.createTypeReferenceNode("Blob");
      return "nullable" in schema && schema.nullable ? factory.createUnionTypeNode([blob, factory.createLiteralTypeNode(factory.createNull())]) : blob;
    },
  },
};
