/** The HTTP way in: a node:http server that turns each request into a `Request` for the engine. */
import type { IncomingMessage, Server, ServerResponse } from "node:http";

/** A running server. */
export interface RunningServer {
  readonly origin: string;
  close(): Promise<void>;
}

async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? "GET";
  let body: Uint8Array<ArrayBuffer> | undefined;
  if (method !== "GET" && method !== "HEAD") {
    const chunks: Uint8Array[] = [];
    for await (const chunk of req) chunks.push(chunk as Uint8Array);
    const total = chunks.reduce((n, c) => n + c.length, 0);
    body = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      body.set(c, at);
      at += c.length;
    }
  }
  // The request target is origin-form ("/path?query"): appended, not resolved, so that "//x" stays a
  // path instead of becoming a host.
  const target = req.url?.startsWith("/") ? req.url : `/${req.url ?? ""}`;
  return new Request(new URL(`${origin}${target}`), { method, headers, ...(body ? { body } : {}) });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  res.end(response.body ? new Uint8Array(await response.arrayBuffer()) : undefined);
}

/** Starts `node:http` (imported on demand so the module loads in browsers) bound to `host:port`. */
export async function startServer(handler: (request: Request) => Promise<Response>, options: { port?: number; host?: string }): Promise<RunningServer> {
  const http = await import("node:http");
  const host = options.host ?? "127.0.0.1";
  let origin = "";
  const server: Server = http.createServer((req, res) => {
    const fail = (status: 400 | 500): void => {
      if (!res.headersSent) res.writeHead(status, { "Content-Type": "application/problem+json" });
      const [kind, code, title] = status === 400 ? ["ParseError", "parse_error", "Ongeldige request."] : ["APIException", "error", "Er is een serverfout opgetreden."];
      res.end(JSON.stringify({ type: `${origin}/ref/fouten/${kind}/`, code, title, status, detail: "", instance: `urn:uuid:${crypto.randomUUID()}` }));
    };
    // A request the server cannot even turn into a Request (a malformed target) is the client's error.
    toRequest(req, origin).then(
      (request) =>
        handler(request)
          .then((response) => send(res, response))
          .catch(() => fail(500)),
      () => fail(400),
    );
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, host, () => done());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : (options.port ?? 0);
  origin = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  return {
    origin,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}
