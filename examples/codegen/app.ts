/**
 * Uses the generated clients (run build.ts first) like the SDK's own: the generated Objecten client
 * against the offline landscape mock, with a `Token` credential, typed errors, `paginate` and
 * `createCommonGround().resolve` into the SDK's built-in Objecttypen client; and the Parkeren client
 * of the municipality's own API, typed from parkeren.yaml, against a small stand-in server.
 *
 *   npx tsx examples/codegen/build.ts && npx tsx --tsconfig examples/codegen/tsconfig.json examples/codegen/app.ts
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { NotFoundError, createCommonGround, tokenAuth } from "commonground-sdk";
import { createObjecttypenClient } from "commonground-sdk/objecttypen";
import { createMockCommonGround } from "commonground-sdk/testing";
import { createObjectenClient } from "./generated/objecten/index.js";
import { type Paths as ParkerenPaths, createParkerenClient } from "./generated/parkeren/index.js";

const mock = await createMockCommonGround();
await mock.listen({ port: 0 });
try {
  const auth = tokenAuth(mock.credentials.token);
  const objecten = createObjectenClient({ baseUrl: mock.baseUrls.objecten, auth, throwOnError: true });
  const objecttypen = createObjecttypenClient({ baseUrl: mock.baseUrls.objecttypen, auth });

  const objects = await objecten.paginate("/objects").toArray({ maxItems: 100 });
  console.log(`objecten: ${objects.length} objects, e.g. ${objects[0]?.url}`);

  const cg = createCommonGround({ objecten, objecttypen });
  const type = (await cg.resolve(objects[0]?.type as string)) as { name: string };
  console.log(`its objecttype, resolved through the built-in Objecttypen client: ${type.name}`);

  try {
    await objecten.GET("/objects/{uuid}", { params: { path: { uuid: "00000000-0000-4000-8000-000000000000" } } });
  } catch (error) {
    if (error instanceof NotFoundError) console.log(`a missing object is a typed ${error.name} (${error.status})`);
    else throw error;
  }

  // The municipality's own API, typed from parkeren.yaml; a stand-in server answers two pages.
  const server = createServer((req, res) => {
    const page = new URL(req.url ?? "/", "http://localhost").searchParams.get("page") ?? "1";
    const next = page === "1" ? `http://127.0.0.1:${(server.address() as AddressInfo).port}/parkeren/api/v1/vergunningen?page=2` : null;
    const results = [{ url: `http://127.0.0.1/parkeren/api/v1/vergunningen/${page}`, uuid: "", kenteken: page === "1" ? "AB-123-C" : "XY-987-Z", zone: "centrum", geldigVanaf: "2026-12-01", geldigTot: null }];
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ count: 2, next, previous: null, results }));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  try {
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/parkeren/api/v1`;
    const parkeren = createParkerenClient({ baseUrl, auth: tokenAuth(process.env.PARKEREN_TOKEN ?? "example-token") });
    const kentekens = (await parkeren.paginate("/vergunningen").toArray({ maxItems: 10 })).map((v) => v.kenteken);
    type Aanvraag = ParkerenPaths["/vergunningen"]["post"]["requestBody"]["content"]["application/json"];
    const aanvraag: Aanvraag = { kenteken: "GH-456-J", zone: "oost", geldigVanaf: "2026-12-01" };
    console.log(`parkeren: ${kentekens.join(", ")} over two pages; a typed request for ${aanvraag.kenteken} in zone ${aanvraag.zone}`);
  } finally {
    server.close();
  }
} finally {
  await mock.close();
}
