import { afterEach, describe, expect, it, vi } from "vitest";
import { publishNotification } from "../../../src/apis/notificaties/index.js";
import { isConfigError } from "../../../src/errors/config-error.js";
import { createNotificatiesClient } from "../../../src/generated/notificaties/index.js";
import { answer, expectOne, useMsw } from "../wire.js";

const BASE = "https://open-notificaties.example.nl/api/v1";
const ZAAK = "https://open-zaak.example.nl/zaken/api/v1/zaken/d4d48d2b-6a3e-4a8f-9b0c-1f1c3f1e2a11";
const MESSAGE = {
  kanaal: "zaken",
  hoofdObject: ZAAK,
  resource: "zaak",
  resourceUrl: ZAAK,
  actie: "partial_update",
  kenmerken: { bronorganisatie: "002220647", vertrouwelijkheidaanduiding: "openbaar" },
};

useMsw();
const notificaties = createNotificatiesClient({ baseUrl: BASE, headers: { Authorization: "Bearer test-token" } });
afterEach(() => void vi.useRealTimers());

describe("publishNotification", () => {
  it("POSTs the Message with aanmaakdatum defaulting to now as an ISO string", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2024-06-03T10:15:00.000Z"));
    const seen = answer("post", `${BASE}/notificaties`, (url: URL) => ({ ...MESSAGE, aanmaakdatum: "2024-06-03T10:15:00Z", url: url.href }));
    const sent = await publishNotification(notificaties, MESSAGE);
    expectOne(seen, { method: "POST", path: "/api/v1/notificaties", headers: { Authorization: "Bearer test-token" }, json: { ...MESSAGE, aanmaakdatum: "2024-06-03T10:15:00.000Z" } });
    expect(sent.kanaal).toBe("zaken");
  });

  it("sends a given aanmaakdatum as is, and a Date as its ISO string", async () => {
    const seen = answer("post", `${BASE}/notificaties`, MESSAGE);
    await publishNotification(notificaties, { ...MESSAGE, aanmaakdatum: "2024-06-03T12:15:00+02:00" });
    await publishNotification(notificaties, { ...MESSAGE, aanmaakdatum: new Date("2024-06-03T10:15:00Z") });
    expect(seen.map((r) => JSON.parse(r.body).aanmaakdatum)).toEqual(["2024-06-03T12:15:00+02:00", "2024-06-03T10:15:00.000Z"]);
  });

  it("checks the fields before sending and names the wrong ones", async () => {
    const seen = answer("post", `${BASE}/notificaties`, MESSAGE);
    const error = await publishNotification(notificaties, { ...MESSAGE, kanaal: "", resourceUrl: "not a url", kenmerken: { zaaktype: "" } }).catch((e: unknown) => e);
    expect(isConfigError(error)).toBe(true);
    if (isConfigError(error)) expect(error.issues.map((i) => i.path).sort()).toEqual(["kanaal", "kenmerken.zaaktype", "resourceUrl"]);
    const badDate = await publishNotification(notificaties, { ...MESSAGE, aanmaakdatum: new Date("nope") }).catch((e: unknown) => e);
    expect(isConfigError(badDate) && badDate.issues[0]?.path).toBe("aanmaakdatum");
    expect(seen).toEqual([]);
  });
});
