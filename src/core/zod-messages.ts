/**
 * English default messages for option validation with `zod/mini`. Internal; not part of the
 * package surface.
 *
 * Classic `zod` installs its English locale globally when it builds its first schema; `zod/mini`
 * does not, so an issue without a message of its own (a retry count out of range, a non-boolean
 * `throwOnError`) would read "Invalid input". This parse context gives those issues the same
 * English text as before, without changing the global zod config. A `customError` or locale the
 * application configured with `z.config(…)` still wins, in the same order as with classic zod.
 */
import { en } from "zod/locales";
import * as z from "zod/mini";

let english: z.core.$ZodErrorMap | undefined;

const text = (message: ReturnType<z.core.$ZodErrorMap>): string | undefined => (typeof message === "string" ? message : (message?.message ?? undefined));

/**
 * Pass to `safeParse` as its second argument.
 *
 * @internal
 * @example
 * ```ts
 * import { ENGLISH_MESSAGES } from "../core/zod-messages.js";
 * schema.safeParse(input, ENGLISH_MESSAGES);
 * ```
 */
export const ENGLISH_MESSAGES: z.core.ParseContext<z.core.$ZodIssue> = {
  error: (issue) => {
    const config = z.config();
    // With a locale configured, zod itself falls through to customError and then that locale.
    if (config.localeError) return undefined;
    english ??= en().localeError;
    return text(config.customError?.(issue)) ?? text(english?.(issue));
  },
};
