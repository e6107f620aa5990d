import * as z from "zod/mini";
import { ConfigError } from "../errors/config-error.js";
import { ENGLISH_MESSAGES } from "./zod-messages.js";

/**
 * A strict options object: unknown keys are named in the error together with the valid ones.
 * Shared by every options parser; not part of the package surface.
 *
 * @internal
 * @example
 * ```ts
 * import { optionsObject } from "../core/parse-options.js";
 * const schema = optionsObject({ key: z.string() }, "tokenAuth", "{ key: \"…\" }");
 * ```
 */
export function optionsObject<Shape extends z.core.$ZodLooseShape>(shape: Shape, subject: string, example: string) {
  const valid = Object.keys(shape).join(", ");
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown option(s) ${issue.keys.map((k) => `"${k}"`).join(", ")}: valid options of ${subject} are ${valid}`
        : `options must be an object like ${example}`,
  });
}

/**
 * Parses options with zod and throws one {@link ConfigError} listing every problem. Messages come
 * from the schema and never echo the input, so secrets stay out of the error.
 *
 * @internal
 * @example
 * ```ts
 * import { parseOptions } from "../core/parse-options.js";
 * const options = parseOptions(schema, input, "zgwJwt");
 * ```
 */
export function parseOptions<T extends z.ZodMiniType>(schema: T, input: unknown, subject: string): z.output<T> {
  const result = schema.safeParse(input, ENGLISH_MESSAGES);
  if (!result.success) {
    throw new ConfigError(
      `Invalid options for ${subject}`,
      result.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })),
    );
  }
  return result.data;
}

/**
 * A required string option whose type errors say "is required" or "must be a string" (never the value).
 *
 * @internal
 * @example
 * ```ts
 * import { requiredString } from "../core/parse-options.js";
 * const clientId = requiredString("pass the client ID you were given");
 * ```
 */
export function requiredString(hint: string) {
  return z.string({ error: (issue) => (issue.input === undefined ? `is required: ${hint}` : `must be a string: ${hint}`) });
}
