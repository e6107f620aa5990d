import { describe, expect, it } from "vitest";
import { reserveZaaknummer } from "../../../src/apis/zaken/index.js";
import { isConfigError } from "../../../src/errors/config-error.js";
import { isValidationError } from "../../../src/errors/guards.js";
import { createZakenClient as z151oz } from "../../../src/generated/zaken/1.5.1-openzaak-1.30.0/index.js";
import { createZakenClient } from "../../../src/generated/zaken/index.js";
import { loadSpec } from "../../../scripts/lib/spec-examples.ts";
import { answer, expectOne, specExample, useMsw } from "../wire.js";
import { BASE } from "./zaken-server.js";

/** The 1.7.0 spec's second 201 example (`MeerdereReserveringen`). */
function multipleExample(): unknown {
  const doc = loadSpec("zaken", "1.7.0") as any;
  return doc.paths["/zaaknummer_reserveren"].post.responses["201"].content["application/json"].examples.MeerdereReserveringen.value;
}

useMsw();
const zaken = createZakenClient({ baseUrl: BASE, retry: false });

describe("reserveZaaknummer", () => {
  it("sends the bronorganisatie and returns the one number of the spec's single-object answer", async () => {
    const seen = answer("post", `${BASE}/zaaknummer_reserveren`, specExample("zaken", "1.7.0", "/zaaknummer_reserveren", "post", "201"), { status: 201 });
    const numbers = await reserveZaaknummer(zaken, { bronorganisatie: "002220647" });
    expectOne(seen, { method: "POST", path: "/zaken/api/v1/zaaknummer_reserveren", json: { bronorganisatie: "002220647" } });
    expect(numbers).toEqual(["ZAAK-2025-0000000001"]);
  });

  it("sends aantal and returns every number of the spec's list answer (Open Zaak 1.5.1 client)", async () => {
    const seen = answer("post", `${BASE}/zaaknummer_reserveren`, multipleExample(), { status: 201 });
    const numbers = await reserveZaaknummer(z151oz({ baseUrl: BASE }), { bronorganisatie: "002220647", aantal: 2 });
    expectOne(seen, { method: "POST", path: "/zaken/api/v1/zaaknummer_reserveren", json: { bronorganisatie: "002220647", aantal: 2 } });
    expect(numbers).toEqual(["ZAAK-2025-0000000001", "ZAAK-2025-0000000002"]);
  });

  it("an answer without zaaknummer is a ValidationError", async () => {
    answer("post", `${BASE}/zaaknummer_reserveren`, { nummer: "x" }, { status: 201 });
    expect(isValidationError(await reserveZaaknummer(zaken, { bronorganisatie: "002220647" }).catch((e: unknown) => e))).toBe(true);
  });

  it.each([
    [{ bronorganisatie: "12345678" }, "bronorganisatie"],
    [{ bronorganisatie: "123456789" }, "bronorganisatie"],
    [{ bronorganisatie: "002220647", aantal: 0 }, "aantal"],
    [{ bronorganisatie: "002220647", aantal: 1.5 }, "aantal"],
  ])("refuses %o before the request", async (options, path) => {
    const error = await reserveZaaknummer(zaken, options).catch((e: unknown) => e);
    expect(isConfigError(error)).toBe(true);
    expect((error as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual([path]);
  });
});
