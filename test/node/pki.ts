/**
 * A throw-away PKI for the mTLS tests, made with the openssl CLI (node:crypto cannot sign X.509):
 * a CA, a server certificate for 127.0.0.1 and a client certificate, EC P-256, valid for a day.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** PEM files of the test PKI. */
export interface Pki {
  readonly caCert: string;
  readonly serverCert: string;
  readonly serverKey: string;
  readonly clientCert: string;
  readonly clientKey: string;
  /** `clientKey` encrypted with {@link PASSPHRASE}. */
  readonly clientKeyEncrypted: string;
  /** A second key that belongs to no certificate. */
  readonly strayKey: string;
}

/** The passphrase of `clientKeyEncrypted`. */
export const PASSPHRASE = "correct horse battery staple";

/** The subject CN of the client certificate. */
export const CLIENT_CN = "commonground-sdk test client";

const CONFIG = `[req]
distinguished_name = dn
prompt = no
[dn]
CN = unused
[ca_ext]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[server_ext]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1
[client_ext]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = clientAuth
`;

/** True when the openssl CLI can be run. */
export function hasOpenssl(): boolean {
  try {
    execFileSync("openssl", ["version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Makes the PKI in a temporary directory and removes the directory again. */
export function makePki(): Pki {
  const dir = mkdtempSync(join(tmpdir(), "cg-sdk-pki-"));
  const file = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
  const key = (name: string) => openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", file(name));
  try {
    writeFileSync(file("openssl.cnf"), CONFIG);
    for (const name of ["ca.key", "server.key", "client.key", "stray.key"]) key(name);
    openssl("req", "-x509", "-new", "-key", "ca.key", "-config", "openssl.cnf", "-extensions", "ca_ext", "-subj", "/CN=commonground-sdk test CA", "-days", "1", "-out", "ca.crt");
    for (const [name, cn] of [["server", "127.0.0.1"], ["client", CLIENT_CN]] as const) {
      openssl("req", "-new", "-key", `${name}.key`, "-config", "openssl.cnf", "-subj", `/CN=${cn}`, "-out", `${name}.csr`);
      openssl("x509", "-req", "-in", `${name}.csr`, "-CA", "ca.crt", "-CAkey", "ca.key", "-set_serial", name === "server" ? "1" : "2", "-days", "1", "-extfile", "openssl.cnf", "-extensions", `${name}_ext`, "-out", `${name}.crt`);
    }
    openssl("pkey", "-in", "client.key", "-aes-256-cbc", "-passout", `pass:${PASSPHRASE}`, "-out", "client-encrypted.key");
    const read = (name: string) => readFileSync(file(name), "utf8");
    return {
      caCert: read("ca.crt"),
      serverCert: read("server.crt"),
      serverKey: read("server.key"),
      clientCert: read("client.crt"),
      clientKey: read("client.key"),
      clientKeyEncrypted: read("client-encrypted.key"),
      strayKey: read("stray.key"),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
