/**
 * A real HTTP server on 127.0.0.1 (random port) for the transport tests: msw answers inside fetch,
 * so it cannot reset a connection, stall before the headers or cut a body off. Every response is
 * sent with `Connection: close`, so each attempt is a new connection and `hits` counts attempts.
 * Requests are bounded: at most MAX_HITS per `answer()`, request bodies are cut at 64 KiB, and a
 * request left hanging is destroyed after HANG_LIMIT_MS (and on `close()`).
 */
import { type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, expect } from "vitest";

/** Answers one request; `attempt` counts from 0 since the last `answer()`. */
export type Reply = (req: IncomingMessage, res: ServerResponse, attempt: number) => void;

/** What the server saw of one request. */
export interface Hit {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly at: number;
}

const MAX_HITS = 50;
const MAX_BODY = 64 * 1024;
const HANG_LIMIT_MS = 5_000;

/** A loopback server whose answer each test sets. */
export interface Loopback {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** The requests seen since the last `answer()`. */
  readonly hits: Hit[];
  /** Sets how the next requests are answered and forgets earlier hits. */
  answer(reply: Reply): void;
}

/** Starts a loopback server for the calling test file (closed in afterAll). */
export function useLoopback(): Loopback {
  let server: Server | undefined;
  let reply: Reply = (_req, res) => json(404, { detail: "no answer set" })(_req, res, 0);
  const state = { origin: "", hits: [] as Hit[] };
  beforeAll(async () => {
    server = createServer((req, res) => {
      let size = 0;
      req.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY) req.destroy();
      });
      const attempt = state.hits.length;
      state.hits.push({ method: req.method ?? "", path: req.url ?? "", headers: req.headers, at: performance.now() });
      res.setHeader("Connection", "close");
      if (attempt >= MAX_HITS) return void res.writeHead(599).end("too many requests in one test");
      const guard = setTimeout(() => req.socket.destroy(), HANG_LIMIT_MS);
      res.on("close", () => clearTimeout(guard));
      reply(req, res, attempt);
    });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    state.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  });
  return {
    get origin() {
      return state.origin;
    },
    get hits() {
      return state.hits;
    },
    answer(next) {
      state.hits = [];
      reply = next;
    },
  };
}

/** A JSON (or raw text) answer. */
export function json(status: number, body?: unknown, headers: Record<string, string> = {}): Reply {
  return (_req, res) => {
    const text = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body);
    res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text), ...headers }).end(text);
  };
}

/** Resets the connection without an answer. */
export const reset: Reply = (req) => {
  req.socket.destroy();
};

/** Never answers (the client's timeout, the hang guard or `close()` ends it). */
export const hang: Reply = () => undefined;

/** Sends the headers with a Content-Length larger than the body, then cuts the connection. */
export function truncated(body: string, declared: number): Reply {
  return (req, res) => {
    res.writeHead(200, { "Content-Type": "application/json", "Content-Length": declared });
    res.write(body, () => setTimeout(() => req.socket.destroy(), 10));
  };
}

/** Answers `after` ms later. */
export function delayed(ms: number, then: Reply): Reply {
  return (req, res, attempt) => {
    const timer = setTimeout(() => then(req, res, attempt), ms);
    res.on("close", () => clearTimeout(timer));
  };
}

/** The n-th reply for the n-th attempt; the last one repeats. */
export function sequence(...replies: Reply[]): Reply {
  return (req, res, attempt) => (replies[Math.min(attempt, replies.length - 1)] as Reply)(req, res, attempt);
}

/** Records unhandled rejections in this file and fails the test during which one surfaced. */
export function noUnhandledRejections(): unknown[] {
  const seen: unknown[] = [];
  const listener = (reason: unknown): void => {
    seen.push(reason);
  };
  beforeAll(() => {
    process.on("unhandledRejection", listener);
  });
  afterEach(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual([]);
  });
  afterAll(() => {
    process.off("unhandledRejection", listener);
  });
  return seen;
}
