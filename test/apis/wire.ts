/**
 * Shared set-up for the per-API client tests: msw handlers that record what reached the wire and
 * answer with a given payload, and readers for the specs' examples and the shared test data.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { http, HttpResponse } from "msw";
import { expect } from "vitest";
import { parse } from "yaml";
import { ROOT } from "../../src/codegen/registry.ts";
import { loadSpec, responseExample } from "../../scripts/lib/spec-examples.ts";
import { type SeenRequest, recorder, server, useMsw } from "../helpers/msw.js";

export { useMsw };
export type { SeenRequest };

type Method = "get" | "post" | "put" | "patch" | "delete" | "head";

/** How a handler answers. */
export interface Answer {
  readonly status?: number;
  /** Response media type; `application/json` by default. */
  readonly type?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Answers `method url` (msw matches the path; the query is free) with `body`, or with what `body`
 * returns for the request URL: JSON unless it is a Blob or string. Returns the requests it saw.
 */
export function answer(method: Method, url: string, body: unknown, init: Answer = {}): SeenRequest[] {
  const { seen, record } = recorder();
  server.use(
    http[method](url, async ({ request }) => {
      await record(request);
      const headers = { "Content-Type": init.type ?? "application/json", ...init.headers };
      const value = typeof body === "function" ? (body as (url: URL) => unknown)(new URL(request.url)) : body;
      const payload = value instanceof Blob || typeof value === "string" ? value : JSON.stringify(value);
      return new HttpResponse(payload as BodyInit, { status: init.status ?? 200, headers });
    }),
  );
  return seen;
}

/** What a request on the wire is expected to look like. */
export interface Wire {
  readonly method: string;
  /** The full URL path, e.g. `/zaken/api/v1/zaken`. */
  readonly path: string;
  /** The raw query string including `?`, exactly as sent (`""` for none). */
  readonly search?: string;
  /** Headers that must be present with these values. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Headers that must be absent. */
  readonly absent?: readonly string[];
  /** The JSON body. */
  readonly json?: unknown;
}

/** Asserts that exactly one request was seen and that it matches `wire`; returns it. */
export function expectOne(seen: readonly SeenRequest[], wire: Wire): SeenRequest {
  expect(seen).toHaveLength(1);
  const request = seen[0] as SeenRequest;
  expectWire(request, wire);
  return request;
}

/** Asserts one request against `wire`. */
export function expectWire(request: SeenRequest, wire: Wire): void {
  expect(request.method).toBe(wire.method);
  expect(request.url.pathname).toBe(wire.path);
  if (wire.search !== undefined) expect(request.url.search).toBe(wire.search);
  for (const [name, value] of Object.entries(wire.headers ?? {})) expect(request.headers.get(name), name).toBe(value);
  for (const name of wire.absent ?? []) expect(request.headers.has(name), name).toBe(false);
  if (wire.json !== undefined) expect(JSON.parse(request.body)).toEqual(wire.json);
}

/** The spec example of an operation's response (see scripts/lib/spec-examples.ts); fails when absent. */
export function specExample(id: string, variant: string, path: string, method: Method, status: string): unknown {
  const example = responseExample(loadSpec(id, variant), path, method, status);
  expect(example, `${id}/${variant} ${method} ${path} ${status} example`).toBeDefined();
  return example;
}

/** Absolute path of a file in the shared test data of an API (`../shared/specs/upstream/<api>/testdata`). */
function testdataFile(api: string, ...parts: string[]): string {
  return join(ROOT, "..", "shared", "specs", "upstream", api, "testdata", ...parts);
}

/** Reads a shared test data file as text. */
export function testdata(api: string, ...parts: string[]): string {
  return readFileSync(testdataFile(api, ...parts), "utf8");
}

/** The JSON doc string (between `"""`) that follows the first occurrence of `marker` in a shared feature file. */
export function featureJson(api: string, file: string, marker: string): unknown {
  const text = testdata(api, "features", file);
  const at = text.indexOf(marker);
  expect(at, `"${marker}" in ${api}/${file}`).toBeGreaterThanOrEqual(0);
  return JSON.parse(text.slice(at).split('"""')[1] ?? "");
}

/** One recorded HTTP interaction of a VCR cassette. */
export interface Interaction {
  readonly method: string;
  readonly uri: string;
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

/** Reads the interactions of a VCR (vcrpy) cassette from the shared test data. */
export function cassette(api: string, ...parts: string[]): Interaction[] {
  const doc = parse(testdata(api, ...parts)) as {
    interactions: { request: { method: string; uri: string }; response: { status: { code: number }; headers: Record<string, string[]>; body: { string: string } } }[];
  };
  return doc.interactions.map(({ request, response }) => ({
    method: request.method,
    uri: request.uri,
    status: response.status.code,
    contentType: response.headers["Content-Type"]?.[0] ?? "application/json",
    body: response.body.string,
  }));
}

/**
 * Replays recorded interactions: a request gets the recorded response of the interaction with the
 * same method and full URL (query included), or a 599 when none was recorded. Returns what was seen.
 */
export function replay(interactions: readonly Interaction[]): SeenRequest[] {
  const { seen, record } = recorder();
  const paths = new Set(interactions.map((i) => `${new URL(i.uri).origin}${new URL(i.uri).pathname}`));
  for (const path of paths) {
    server.use(
      http.all(path, async ({ request }) => {
        await record(request);
        const hit = interactions.find((i) => i.method === request.method && i.uri === request.url);
        if (!hit) return new HttpResponse(`not recorded: ${request.method} ${request.url}`, { status: 599 });
        return new HttpResponse(hit.body, { status: hit.status, headers: { "Content-Type": hit.contentType } });
      }),
    );
  }
  return seen;
}
