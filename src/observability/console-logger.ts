import { redactText } from "../errors/redact.js";
import type { Logger } from "./logger.js";

/** Log levels, least to most severe. */
export type LogLevel = "debug" | "info" | "warn" | "error";

const ORDER: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/** Where {@link consoleLogger} writes: the console by default. */
export type LogSink = Pick<Console, "debug" | "info" | "warn" | "error">;

/**
 * A {@link Logger} that writes one line per event to the console, from `level` up. Fields are
 * serialised and redacted once more (tokens, `Bearer …`, BSNs), on top of the transport's own
 * redaction and header allow-list.
 *
 * @example
 * ```ts
 * import { consoleLogger } from "commonground-sdk";
 * const zaken = createZakenClient({ baseUrl, logger: consoleLogger({ level: "debug" }) });
 * ```
 */
export function consoleLogger(options: { level?: LogLevel; sink?: LogSink } = {}): Logger {
  const min = ORDER[options.level ?? "info"];
  const sink = options.sink ?? globalThis.console;
  const write = (level: LogLevel) => (message: string, fields?: Readonly<Record<string, unknown>>) => {
    if (ORDER[level] < min) return;
    sink[level](redactText(`[commonground-sdk] ${message}${fields ? ` ${JSON.stringify(fields)}` : ""}`));
  };
  return { debug: write("debug"), info: write("info"), warn: write("warn"), error: write("error") };
}
