import { type Server, createServer } from "node:http";
import { type AddressInfo, connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createNotificationHandler } from "../../src/apis/notificaties/index.js";
import type { Notificatie } from "../../src/apis/notificaties/index.js";
import { toNodeListener } from "../../src/node/to-node-listener.js";

const AUTH = "Bearer node-secret";
const NOTIFICATIE = {
  kanaal: "zaken",
  hoofdObject: "https://open-zaak.example.nl/zaken/api/v1/zaken/d4d48d2b-6a3e-4a8f-9b0c-1f1c3f1e2a11",
  resource: "zaak",
  resourceUrl: "https://open-zaak.example.nl/zaken/api/v1/zaken/d4d48d2b-6a3e-4a8f-9b0c-1f1c3f1e2a11",
  actie: "create",
  aanmaakdatum: "2024-06-03T10:15:00Z",
  kenmerken: { bronorganisatie: "002220647" },
};

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** Starts a real node:http server on 127.0.0.1, port 0; returns its base URL. */
async function listen(listener: Parameters<typeof createServer>[1]): Promise<string> {
  server = createServer(listener);
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("toNodeListener", () => {
  it("runs the notification handler under node:http: body stream in, status and empty body out", async () => {
    const received: Notificatie[] = [];
    const base = await listen(toNodeListener(createNotificationHandler({ authorization: AUTH, onNotification: ({ notificatie }) => void received.push(notificatie) })));
    const ok = await fetch(`${base}/api/notificaties`, { method: "POST", headers: { Authorization: AUTH, "Content-Type": "application/json" }, body: JSON.stringify(NOTIFICATIE) });
    expect(ok.status).toBe(204);
    expect(received).toEqual([NOTIFICATIE]);
    const denied = await fetch(`${base}/api/notificaties`, { method: "POST", headers: { Authorization: "Bearer wrong" }, body: JSON.stringify(NOTIFICATIE) });
    expect(denied.status).toBe(401);
    expect(denied.headers.get("content-type")).toBe("application/problem+json");
    expect((await denied.json()).code).toBe("not_authenticated");
    const get = await fetch(`${base}/api/notificaties`);
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    expect(received).toHaveLength(1);
  });

  it("passes method, URL with query, repeated headers and a streamed body through, and writes headers and body back", async () => {
    let seen: { method: string; url: string; auth: string | null; body: string; host: string | null } | undefined;
    const base = await listen(
      toNodeListener(async (request) => {
        seen = { method: request.method, url: request.url, auth: request.headers.get("authorization"), body: await request.text(), host: request.headers.get("host") };
        const headers = new Headers({ "Content-Type": "text/plain", "X-Trace": "abc" });
        headers.append("Set-Cookie", "a=1");
        headers.append("Set-Cookie", "b=2");
        return new Response("hallo", { status: 202, headers });
      }),
    );
    const big = "x".repeat(200_000);
    const response = await fetch(`${base}/hook/path?x=1&y=2`, { method: "PUT", headers: { Authorization: "Token t" }, body: big });
    expect(response.status).toBe(202);
    expect(await response.text()).toBe("hallo");
    expect(response.headers.get("x-trace")).toBe("abc");
    expect(response.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    expect(seen?.method).toBe("PUT");
    expect(seen?.url).toBe(`${base}/hook/path?x=1&y=2`);
    expect(seen?.auth).toBe("Token t");
    expect(seen?.body.length).toBe(big.length);
  });

  it("works as Express-style middleware: a body already parsed is used, and a handler error goes to next", async () => {
    const errors: unknown[] = [];
    const received: Notificatie[] = [];
    const handler = toNodeListener(createNotificationHandler({ authorization: AUTH, onNotification: ({ notificatie }) => void received.push(notificatie) }));
    const failing = toNodeListener(() => {
      throw new Error("boom");
    });
    const base = await listen(async (req, res) => {
      // What express.json() leaves behind: the stream read, the parsed object on req.body.
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      (req as { body?: unknown }).body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
      const next = (error?: unknown) => {
        errors.push(error);
        res.writeHead(599).end();
      };
      await (req.url === "/fail" ? failing(req, res, next) : handler(req, res, next));
    });
    const ok = await fetch(`${base}/hook`, { method: "POST", headers: { Authorization: AUTH, "Content-Type": "application/json" }, body: JSON.stringify(NOTIFICATIE) });
    expect(ok.status).toBe(204);
    expect(received).toEqual([NOTIFICATIE]);
    const failed = await fetch(`${base}/fail`, { method: "POST", body: "{}" });
    expect(failed.status).toBe(599);
    expect((errors[0] as Error).message).toBe("boom");
  });

  it("answers 500 without details when the handler throws and there is no next", async () => {
    const base = await listen(
      toNodeListener(() => {
        throw new Error("secret detail");
      }),
    );
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain("secret");
  });

  it("stops writing and cancels the body when the client disconnects mid-write (no wait for a drain that never comes)", async () => {
    let cancelled = false;
    let pulls = 0;
    const chunk = new Uint8Array(1 << 20);
    const listener = toNodeListener(
      () =>
        new Response(
          new ReadableStream<Uint8Array>({
            pull(controller) {
              pulls++;
              controller.enqueue(chunk);
            },
            cancel() {
              cancelled = true;
            },
          }),
        ),
    );
    let finished: Promise<void> | undefined;
    const base = new URL(
      await listen((req, res) => {
        finished = listener(req, res);
      }),
    );
    await new Promise<void>((resolve, reject) => {
      const socket = connect(Number(base.port), base.hostname, () => socket.write(`GET /groot HTTP/1.1\r\nHost: ${base.host}\r\n\r\n`));
      socket.once("data", () => {
        socket.pause(); // read no more: the server's buffers fill and write() returns false
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 100);
      });
      socket.once("error", reject);
    });
    const outcome = await Promise.race([finished?.then(() => "finished"), new Promise((r) => setTimeout(() => r("still waiting"), 2000))]);
    expect(outcome).toBe("finished");
    expect(cancelled).toBe(true);
    const after = pulls;
    await new Promise((r) => setTimeout(r, 50));
    expect(pulls).toBe(after);
  });
});

