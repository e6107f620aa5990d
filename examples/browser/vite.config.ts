/**
 * Vite config of the browser example. The SDK is imported from the repo's sources (aliases below), so
 * no build of the package is needed; msw's service worker is served from node_modules (never copied
 * into the source tree); `/__commonground-proxy/` forwards to a `commonground mock` on loopback, which
 * sends no CORS headers.
 */
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { type Alias, type Connect, type Plugin, defineConfig } from "vite";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");
const src = resolve(repo, "src");

/** `commonground-sdk[/…]` → the repo's TypeScript sources. */
export const sdkAliases: Alias[] = [
  { find: /^commonground-sdk$/, replacement: `${src}/index.ts` },
  { find: /^commonground-sdk\/testing$/, replacement: `${src}/testing/index.ts` },
  { find: /^commonground-sdk\/([a-z-]+)$/, replacement: `${src}/generated/$1/index.ts` },
  { find: /^commonground-sdk\/([a-z-]+)\/([^/]+)$/, replacement: `${src}/generated/$1/$2/index.ts` },
];

/** The path the app rewrites API calls to in `?api=` mode (see src/landscape.ts). */
export const PROXY_PREFIX = "/__commonground-proxy/";

function isLoopback(url: URL): boolean {
  return url.protocol === "http:" && (url.hostname === "localhost" || url.hostname === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(url.hostname));
}

/** Forwards `/__commonground-proxy/<encoded origin>/<path>` to that origin, loopback only. */
async function proxy(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const rest = (req.url ?? "").slice(PROXY_PREFIX.length);
  const slash = rest.indexOf("/");
  const target = new URL(decodeURIComponent(slash < 0 ? rest : rest.slice(0, slash)));
  if (!isLoopback(target)) {
    res.writeHead(403, { "Content-Type": "text/plain" }).end("only http://127.0.0.1, localhost or [::1] can be proxied");
    return;
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string" && !["host", "origin", "referer", "connection"].includes(name)) headers.set(name, value);
  }
  const chunks: Uint8Array[] = [];
  for await (const chunk of req) chunks.push(chunk as Uint8Array);
  const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
  const answer = await fetch(new URL(slash < 0 ? "/" : rest.slice(slash), target.origin), { method: req.method ?? "GET", headers, ...(body ? { body } : {}) });
  const out: Record<string, string> = {};
  answer.headers.forEach((value, name) => {
    if (!["content-encoding", "content-length", "transfer-encoding", "connection"].includes(name)) out[name] = value;
  });
  res.writeHead(answer.status, out).end(Buffer.from(await answer.arrayBuffer()));
}

/** msw's worker (served, and emitted on build) and the loopback proxy, in dev and preview. */
function commonGroundPlugin(): Plugin {
  const worker = createRequire(import.meta.url).resolve("msw/mockServiceWorker.js");
  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    if (req.url === "/mockServiceWorker.js") {
      res.writeHead(200, { "Content-Type": "text/javascript", "Cache-Control": "no-cache" }).end(readFileSync(worker));
    } else if (req.url?.startsWith(PROXY_PREFIX)) {
      proxy(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(502, { "Content-Type": "text/plain" });
        res.end(`proxy: ${error instanceof Error ? error.message : String(error)}`);
      });
    } else next();
  };
  return {
    name: "commonground-example",
    configureServer: (server) => void server.middlewares.use(middleware),
    configurePreviewServer: (server) => void server.middlewares.use(middleware),
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "mockServiceWorker.js", source: readFileSync(worker, "utf8") });
    },
  };
}

export default defineConfig({
  root: here,
  plugins: [react(), commonGroundPlugin()],
  resolve: { alias: sdkAliases },
  server: { host: "127.0.0.1", port: 5173, fs: { allow: [repo] } },
  preview: { host: "127.0.0.1" },
  build: { outDir: resolve(here, "dist"), emptyOutDir: true, target: "es2022", chunkSizeWarningLimit: 4096 },
});
