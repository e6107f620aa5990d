import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";

/** A fetch-style handler, such as the one `createNotificationHandler` returns. */
export type FetchHandler = (request: Request) => Promise<Response> | Response;

/** A Node `http` request listener that also works as Express/Connect middleware. */
export type NodeListener = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => Promise<void>;

/**
 * Adapts a fetch-style handler to Node's `http` (`(req, res)`) and to Express/Connect middleware
 * (`(req, res, next)`): it builds a `Request` from the `IncomingMessage` (method, URL, headers,
 * body stream), and writes the `Response`'s status, headers and body back. A body Express already
 * parsed (`req.body` as a Buffer or string) is used as is; a parsed JSON object is sent on re-serialised. An error of the handler goes to `next`
 * when given, else it answers 500 without details. When the client disconnects, the request's
 * signal aborts and writing the body stops (its stream is cancelled), also while waiting for `drain`.
 *
 * @example
 * ```ts
 * import { createServer } from "node:http";
 * import { toNodeListener } from "commonground-sdk/node";
 * import { createNotificationHandler } from "commonground-sdk/notificaties";
 * createServer(toNodeListener(createNotificationHandler({ authorization, onNotification }))).listen(8080);
 * ```
 */
export function toNodeListener(handler: FetchHandler): NodeListener {
  return async (req, res, next) => {
    try {
      const response = await handler(toRequest(req, res));
      await writeResponse(response, res);
    } catch (error) {
      if (next) return next(error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Internal Server Error");
    }
  };
}

function toRequest(req: IncomingMessage, res: ServerResponse): Request {
  const socket = req.socket as { encrypted?: boolean };
  const host = req.headers.host ?? "localhost";
  // `originalUrl` keeps the mount path under Express routers; plain Node has only `url`.
  const path = (req as { originalUrl?: string }).originalUrl ?? req.url ?? "/";
  const url = new URL(path, `${socket.encrypted ? "https" : "http"}://${host}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(":")) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  const controller = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  const init: RequestInit & { duplex?: "half" } = { method: req.method ?? "GET", headers, signal: controller.signal };
  if (init.method !== "GET" && init.method !== "HEAD") {
    const parsed = (req as { body?: unknown }).body;
    if (typeof parsed === "string" || parsed instanceof Uint8Array) {
      init.body = parsed as BodyInit;
    } else if (parsed !== undefined && req.readableEnded) {
      // A body parser (express.json()) read the stream already: send its result on as JSON.
      init.body = JSON.stringify(parsed);
    } else {
      init.body = Readable.toWeb(req) as ReadableStream<Uint8Array>;
      init.duplex = "half";
    }
  }
  return new Request(url, init);
}

async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers["set-cookie"] = cookies;
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  try {
    for (;;) {
      if (res.destroyed) {
        // The client went away: stop producing the body.
        await reader.cancel().catch(() => {});
        return;
      }
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value) && !(await drained(res))) {
        await reader.cancel().catch(() => {});
        return;
      }
    }
  } catch (error) {
    await reader.cancel(error).catch(() => {});
    throw error;
  }
  res.end();
}

/**
 * Waits until `res` can take more data: true on `drain`, false when the connection closes or
 * errors first (a client that disconnects mid-write never drains).
 */
function drained(res: ServerResponse): Promise<boolean> {
  if (res.destroyed) return Promise.resolve(false);
  return new Promise<boolean>((resolve) => {
    const done = (ok: boolean) => () => {
      res.off("drain", onDrain);
      res.off("close", onClose);
      res.off("error", onClose);
      resolve(ok);
    };
    const onDrain = done(true);
    const onClose = done(false);
    res.once("drain", onDrain);
    res.once("close", onClose);
    res.once("error", onClose);
  });
}
