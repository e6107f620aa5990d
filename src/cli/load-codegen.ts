/**
 * The generator and spec tools: loaded only by the commands that need them. Their tools are not
 * dependencies of the package (apps never need them): `commonground specs` needs
 * `@redocly/openapi-core`, `commonground generate` also `openapi-typescript` and `typescript` (it says
 * so itself when they are missing). Prints what to install and resolves undefined when the first is
 * missing.
 */
export async function loadCodegen(
  command: string,
  load: () => Promise<typeof import("../codegen/index.js")> = () => import("../codegen/index.js"),
): Promise<typeof import("../codegen/index.js") | undefined> {
  try {
    return await load();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== "ERR_MODULE_NOT_FOUND" && code !== "MODULE_NOT_FOUND") throw error;
    const tools = command === "specs" ? "@redocly/openapi-core@1" : "@redocly/openapi-core@1 openapi-typescript@7 typescript@5";
    process.stderr.write(`commonground ${command}: needs the generator's tools: npm install --save-dev ${tools}\n(${(error as Error).message})\n`);
    return undefined;
  }
}
