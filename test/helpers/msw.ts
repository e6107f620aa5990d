/**
 * msw set-up shared by the tests: a server that fails on any request no handler expects, and a
 * recorder of what reached the wire.
 */
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";

/** The msw server for this test file; `onUnhandledRequest: "error"`. */
export const server = setupServer();

/** Starts msw for the calling test file and resets handlers after each test. */
export function useMsw(): typeof server {
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

/** What a handler saw of one request. */
export interface SeenRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
  readonly body: string;
}

/** Collects requests; call `record` from a handler. */
export function recorder(): { seen: SeenRequest[]; record(request: Request): Promise<void> } {
  const seen: SeenRequest[] = [];
  return {
    seen,
    async record(request) {
      seen.push({ method: request.method, url: new URL(request.url), headers: request.headers, body: await request.clone().text() });
    },
  };
}
