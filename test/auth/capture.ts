/**
 * Test helpers for the auth tests: the error a function throws or a promise rejects with.
 */

/** The error `fn` throws (fails the test when it returns). */
export function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`threw a non-Error: ${String(error)}`);
  }
  throw new Error("expected an error, but the call returned");
}

/** The error `promise` rejects with (fails the test when it resolves). */
export async function rejected(promise: Promise<unknown> | unknown): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`rejected with a non-Error: ${String(error)}`);
  }
  throw new Error("expected a rejection, but the promise resolved");
}

/** A request for strategies that ignore it. */
export const anyRequest = (): Request => new Request("https://api.example.test/x");
