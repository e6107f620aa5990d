import { Buffer } from "node:buffer";
import { type Server, createServer } from "node:https";
import type { AddressInfo } from "node:net";
import type { TLSSocket } from "node:tls";
import { Agent, fetch as undiciFetch } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors/config-error.js";
import { createZakenClient } from "../../src/generated/zaken/index.js";
import { clientCertificateFetch } from "../../src/node/index.js";
import { clientCertificateFetch as unsupported } from "../../src/node-unsupported/index.js";
import { rejected, thrown } from "../auth/capture.js";
import { CLIENT_CN, PASSPHRASE, type Pki, hasOpenssl, makePki } from "./pki.js";

const STAND_IN_MESSAGE =
  "client certificates (mTLS) need Node: import commonground-sdk/node in a Node process; in browsers the browser or a gateway holds the certificate";

describe.skipIf(!hasOpenssl())("clientCertificateFetch (mTLS against a node:https server that requires a client certificate)", () => {
  let pki: Pki;
  let server: Server;
  let base: string;
  const handshakeErrors: string[] = [];

  beforeAll(async () => {
    pki = makePki();
    server = createServer({ key: pki.serverKey, cert: pki.serverCert, ca: pki.caCert, requestCert: true, rejectUnauthorized: true }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const subject = (req.socket as TLSSocket).getPeerCertificate().subject?.CN ?? "";
        res.writeHead(req.method === "POST" ? 201 : 200, { "Content-Type": "application/json", "X-Client-Subject": subject });
        res.end(JSON.stringify({ method: req.method, url: req.url, crs: req.headers["accept-crs"], body: Buffer.concat(chunks).toString("utf8") }));
      });
    });
    server.on("tlsClientError", (error) => handshakeErrors.push(error.message));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `https://127.0.0.1:${(server.address() as AddressInfo).port}/zaken/api/v1`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("presents the client certificate: the server sees its subject, and method, path, headers and body arrive", async () => {
    const fetch = clientCertificateFetch({ cert: pki.clientCert, key: Buffer.from(pki.clientKey), ca: [pki.caCert] });
    const zaken = createZakenClient({ baseUrl: base, fetch, retry: false });
    const got = await zaken.GET("/zaken", { params: { query: { page: 2 } } });
    expect(got.response).toBeInstanceOf(Response);
    expect(got.response.headers.get("x-client-subject")).toBe(CLIENT_CN);
    expect(got.data).toMatchObject({ method: "GET", url: "/zaken/api/v1/zaken?page=2", crs: "EPSG:4326", body: "" });
    const posted = await zaken.POST("/zaken", { body: { bronorganisatie: "002220647" } as never });
    expect(posted.response.status).toBe(201);
    expect(JSON.parse((posted.data as unknown as { body: string }).body)).toEqual({ bronorganisatie: "002220647" });
  });

  it("reads an encrypted key with its passphrase", async () => {
    const fetch = clientCertificateFetch({ cert: Buffer.from(pki.clientCert), key: pki.clientKeyEncrypted, passphrase: PASSPHRASE, ca: pki.caCert });
    const response = await fetch(new Request(`${base}/zaken`));
    expect(response.headers.get("x-client-subject")).toBe(CLIENT_CN);
    await response.body?.cancel();
  });

  it("without a client certificate the handshake is refused: a NetworkError", async () => {
    const dispatcher = new Agent({ connect: { ca: pki.caCert } });
    const plain = (request: Request) => undiciFetch(request.url, { dispatcher }) as unknown as Promise<Response>;
    const zaken = createZakenClient({ baseUrl: base, fetch: plain, retry: false });
    const error = await rejected(zaken.GET("/zaken"));
    expect(error).toMatchObject({ name: "NetworkError", kind: "network" });
    expect(handshakeErrors.join("\n")).toMatch(/did not return a certificate|certificate required/i);
    await dispatcher.close();
  });

  it("checks the server against ca: without it the test CA's server certificate is refused", async () => {
    const fetch = clientCertificateFetch({ cert: pki.clientCert, key: pki.clientKey });
    const error = await rejected(createZakenClient({ baseUrl: base, fetch, retry: false }).GET("/zaken"));
    expect(error).toMatchObject({ name: "NetworkError", kind: "network" });
  });

  it.each([
    ["an empty cert", () => ({ cert: "", key: pki.clientKey }), "cert: is empty"],
    ["a missing key", () => ({ cert: pki.clientCert }), "key: is required"],
    ["a number as cert", () => ({ cert: 42, key: pki.clientKey }), "cert: must be a PEM string or Buffer"],
    ["DER instead of PEM", () => ({ cert: Buffer.from([0x30, 0x82, 0x01]), key: pki.clientKey }), "cert: is not PEM"],
    ["cert and key swapped", () => ({ cert: pki.clientKey, key: pki.clientCert }), "cert: holds a private key, not a certificate"],
    ["a CA bundle without certificates", () => ({ cert: pki.clientCert, key: pki.clientKey, ca: [pki.strayKey] }), "ca.0: holds a private key"],
    ["an encrypted key without passphrase", () => ({ cert: pki.clientCert, key: pki.clientKeyEncrypted }), "key: is encrypted: pass its passphrase"],
    ["a wrong passphrase", () => ({ cert: pki.clientCert, key: pki.clientKeyEncrypted, passphrase: "wrong" }), "key: could not be read as a private key: a wrong passphrase"],
    ["a key of another certificate", () => ({ cert: pki.clientCert, key: pki.strayKey }), "key: does not belong to cert"],
    ["a damaged certificate", () => ({ cert: pki.clientCert.replace(/\n[A-Za-z0-9+/]{20}/, "\n!!!!"), key: pki.clientKey }), "cert: could not be read"],
    ["an unknown option", () => ({ cert: pki.clientCert, key: pki.clientKey, pfx: "x" }), 'unknown option(s) "pfx"'],
  ])("refuses %s with a ConfigError that never shows the key", (_, options, message) => {
    const error = thrown(() => clientCertificateFetch(options() as never));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain("Invalid options for clientCertificateFetch");
    expect(error.message).toContain(message);
    for (const key of [pki.clientKey, pki.clientKeyEncrypted, pki.strayKey]) expect(error.message).not.toContain(key.split("\n")[1]);
  });
});

describe("the stand-in outside Node", () => {
  it("throws a ConfigError that points to commonground-sdk/node", () => {
    const error = thrown(() => unsupported({ cert: "-----BEGIN CERTIFICATE-----", key: "-----BEGIN PRIVATE KEY-----" }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain(STAND_IN_MESSAGE);
  });
});
