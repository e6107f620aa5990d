/**
 * Table-driven checks that a workflow refuses bad arguments with a ConfigError or ValidationError
 * (never a bare TypeError) and sends nothing: msw's `onUnhandledRequest: "error"` fails any
 * request, and `requestCount` counts what reached msw.
 */
import { expect } from "vitest";
import { isConfigError } from "../../src/errors/config-error.js";
import { isValidationError } from "../../src/errors/guards.js";
import { server } from "../helpers/msw.js";

let requests = 0;
server.events.on("request:start", () => {
  requests++;
});

/** One bad call: its name and the call itself (sync throw, rejected promise, or an iterable that throws). */
export type BadCall = readonly [name: string, call: () => unknown];

/** Runs `call`, also iterating an async iterable it returns; asserts a ConfigError/ValidationError and no request. */
export async function expectRefused(call: () => unknown): Promise<unknown> {
  const before = requests;
  let error: unknown;
  try {
    const result = call();
    if (result && typeof (result as PromiseLike<unknown>).then === "function") await result;
    else if (result && typeof (result as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function") {
      for await (const _ of result as AsyncIterable<unknown>) break;
    }
  } catch (e) {
    error = e;
  }
  expect(error, "expected a refusal").toBeDefined();
  expect(error).not.toBeInstanceOf(TypeError);
  expect(isConfigError(error) || isValidationError(error), `${(error as Error)?.name}: ${(error as Error)?.message}`).toBe(true);
  expect(requests - before, "requests sent").toBe(0);
  return error;
}
