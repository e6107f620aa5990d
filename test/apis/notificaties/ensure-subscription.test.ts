import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { ensureSubscription } from "../../../src/apis/notificaties/index.js";
import { isConfigError } from "../../../src/errors/config-error.js";
import { createNotificatiesClient } from "../../../src/generated/notificaties/index.js";
import { createNotificatiesClient as createOpenNotificatiesClient } from "../../../src/generated/notificaties/1.0.0-opennotificaties-1.16.1/index.js";
import { recorder, server } from "../../helpers/msw.js";
import { useMsw } from "../wire.js";

const BASE = "https://open-notificaties.example.nl/api/v1";
const HOOK = "https://zac.example.nl/api/notificaties";
const OTHER = "https://other.example.nl/webhook";
const UUID = "1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b";
const KANALEN = [
  { naam: "zaken", filters: { bronorganisatie: "002220647", zaaktype: "https://open-zaak.example.nl/catalogi/api/v1/zaaktypen/0119dd4e-7be9-477e-bccf-75023b1453c1" } },
  { naam: "documenten" },
];

useMsw();
const notificaties = createNotificatiesClient({ baseUrl: BASE, headers: { Authorization: "Bearer nrc-token" } });

/** A fake NRC: GET /abonnement lists `stored` (never with auth), POST adds, PUT replaces. */
function fakeNrc(stored: { url: string; callbackUrl: string; kanalen: unknown[] }[], paged = false) {
  const { seen, record } = recorder();
  server.use(
    http.get(`${BASE}/abonnement`, async ({ request }) => {
      await record(request);
      if (!paged) return HttpResponse.json(stored);
      const page = Number(new URL(request.url).searchParams.get("page") ?? "1");
      const next = page * 1 < stored.length ? `${BASE}/abonnement?page=${page + 1}` : null;
      return HttpResponse.json({ count: stored.length, next, previous: null, results: stored.slice(page - 1, page) });
    }),
    http.post(`${BASE}/abonnement`, async ({ request }) => {
      await record(request);
      const { auth: _, ...body } = (await request.json()) as Record<string, unknown>;
      return HttpResponse.json({ url: `${BASE}/abonnement/${UUID}`, ...body }, { status: 201 });
    }),
    http.put(`${BASE}/abonnement/:uuid`, async ({ request, params }) => {
      await record(request);
      const { auth: _, ...body } = (await request.json()) as Record<string, unknown>;
      return HttpResponse.json({ url: `${BASE}/abonnement/${params.uuid}`, ...body });
    }),
  );
  return seen;
}

const writes = <T extends { method: string }>(seen: T[]): T[] => seen.filter((r) => r.method !== "GET");

describe("ensureSubscription", () => {
  it("creates an abonnement when none has the callback URL", async () => {
    const seen = fakeNrc([{ url: `${BASE}/abonnement/aaaaaaaa-5b6a-4798-8a7b-6c5d4e3f2a1b`, callbackUrl: OTHER, kanalen: [{ naam: "zaken", filters: {} }] }]);
    const result = await ensureSubscription(notificaties, { callbackUrl: HOOK, auth: "Bearer s3cret", kanalen: KANALEN });
    expect(result.status).toBe("created");
    expect(result.abonnement.url).toBe(`${BASE}/abonnement/${UUID}`);
    expect(result.duplicates).toEqual([]);
    expect(writes(seen)).toHaveLength(1);
    expect(seen[1]?.method).toBe("POST");
    expect(JSON.parse(seen[1]?.body ?? "")).toEqual({ callbackUrl: HOOK, auth: "Bearer s3cret", kanalen: KANALEN });
  });

  it("leaves a matching abonnement alone: kanalen and filters compared as sets, in any order", async () => {
    const existing = {
      url: `${BASE}/abonnement/${UUID}`,
      callbackUrl: HOOK,
      // Other order of kanalen and of filter keys; `filters: {}` is the same as none.
      kanalen: [{ naam: "documenten", filters: {} }, { naam: "zaken", filters: { zaaktype: KANALEN[0]?.filters?.zaaktype, bronorganisatie: "002220647" } }],
    };
    const seen = fakeNrc([existing]);
    const result = await ensureSubscription(notificaties, { callbackUrl: HOOK, auth: "Bearer s3cret", kanalen: KANALEN });
    expect(result).toEqual({ status: "unchanged", abonnement: existing, duplicates: [] });
    expect(writes(seen)).toEqual([]);
  });

  it("updates (PUT) the abonnement when its kanalen differ", async () => {
    const seen = fakeNrc([{ url: `${BASE}/abonnement/${UUID}`, callbackUrl: HOOK, kanalen: [{ naam: "zaken", filters: { bronorganisatie: "002220647" } }] }]);
    const result = await ensureSubscription(notificaties, { callbackUrl: HOOK, auth: "Bearer s3cret", kanalen: KANALEN });
    expect(result.status).toBe("updated");
    expect(result.abonnement.kanalen).toEqual(KANALEN);
    const [put] = writes(seen);
    expect(put?.method).toBe("PUT");
    expect(put?.url.pathname).toBe(`/api/v1/abonnement/${UUID}`);
    expect(JSON.parse(put?.body ?? "")).toEqual({ callbackUrl: HOOK, auth: "Bearer s3cret", kanalen: KANALEN });
  });

  it("updates when only a filter value differs", async () => {
    const seen = fakeNrc([{ url: `${BASE}/abonnement/${UUID}`, callbackUrl: HOOK, kanalen: [{ ...KANALEN[0], filters: { ...KANALEN[0]?.filters, bronorganisatie: "123456782" } }, KANALEN[1]] }]);
    expect((await ensureSubscription(notificaties, { callbackUrl: HOOK, auth: "Bearer s3cret", kanalen: KANALEN })).status).toBe("updated");
    expect(writes(seen)).toHaveLength(1);
  });

  it("pushes a new auth to a matching abonnement only with rotateAuth", async () => {
    const existing = { url: `${BASE}/abonnement/${UUID}`, callbackUrl: HOOK, kanalen: KANALEN };
    const seen = fakeNrc([existing]);
    expect((await ensureSubscription(notificaties, { callbackUrl: HOOK, auth: "Bearer new", kanalen: KANALEN })).status).toBe("unchanged");
    expect(writes(seen)).toEqual([]);
    const rotated = await ensureSubscription(notificaties, { callbackUrl: HOOK, auth: "Bearer new", kanalen: KANALEN, rotateAuth: true });
    expect(rotated.status).toBe("updated");
    expect(writes(seen).map((r) => r.method)).toEqual(["PUT"]);
    expect(JSON.parse(writes(seen)[0]?.body ?? "").auth).toBe("Bearer new");
  });

  it("finds the abonnement on a later page when the NRC pages the list, and reports duplicates", async () => {
    const stored = [
      { url: `${BASE}/abonnement/aaaaaaaa-5b6a-4798-8a7b-6c5d4e3f2a1b`, callbackUrl: OTHER, kanalen: [] },
      { url: `${BASE}/abonnement/bbbbbbbb-5b6a-4798-8a7b-6c5d4e3f2a1b`, callbackUrl: HOOK, kanalen: [{ naam: "zaken" }] },
      { url: `${BASE}/abonnement/${UUID}`, callbackUrl: HOOK, kanalen: KANALEN },
    ];
    const seen = fakeNrc(stored, true);
    const open = createOpenNotificatiesClient({ baseUrl: BASE, headers: { Authorization: "Bearer nrc-token" } });
    const result = await ensureSubscription(open, { callbackUrl: HOOK, auth: "Bearer s3cret", kanalen: KANALEN });
    expect(result.status).toBe("unchanged");
    expect(result.abonnement.url).toBe(`${BASE}/abonnement/${UUID}`);
    expect(result.duplicates).toEqual([`${BASE}/abonnement/bbbbbbbb-5b6a-4798-8a7b-6c5d4e3f2a1b`]);
    expect(seen.map((r) => r.url.search)).toEqual(["", "?page=2", "?page=3"]);
  });

  it("checks the options before any request", async () => {
    const seen = fakeNrc([]);
    const bad = [
      [{ callbackUrl: "/relative", auth: "Bearer x", kanalen: KANALEN }, "callbackUrl"],
      [{ callbackUrl: "ftp://zac.example.nl/hook", auth: "Bearer x", kanalen: KANALEN }, "callbackUrl"],
      [{ callbackUrl: HOOK, auth: "", kanalen: KANALEN }, "auth"],
      [{ callbackUrl: HOOK, auth: "Bearer x\r\nX-Injected: 1", kanalen: KANALEN }, "auth"],
      [{ callbackUrl: HOOK, auth: "Bearer x", kanalen: [] }, "kanalen"],
      [{ callbackUrl: HOOK, auth: "Bearer x", kanalen: [{ naam: "" }] }, "kanalen.0.naam"],
      [{ callbackUrl: HOOK, auth: "Bearer x", kanalen: [{ naam: "zaken", filters: { zaaktype: 1 } }] }, "kanalen.0.filters.zaaktype"],
      [{ callbackUrl: HOOK, auth: "Bearer x", kanalen: KANALEN, rotateAuth: "yes" }, "rotateAuth"],
    ] as const;
    for (const [options, path] of bad) {
      const error = await ensureSubscription(notificaties, options as never).catch((e: unknown) => e);
      expect(isConfigError(error), path).toBe(true);
      if (isConfigError(error)) {
        expect(error.issues.map((i) => i.path)).toContain(path);
        expect(error.message).not.toContain("Bearer x");
      }
    }
    expect(seen).toEqual([]);
  });

  it("sends a callbackUrl over 200 characters: Notificaties 1.0.1 has no maximum, the server decides (review 8)", async () => {
    const seen = fakeNrc([]);
    const long = `${HOOK}/${"x".repeat(220)}`;
    const result = await ensureSubscription(notificaties, { callbackUrl: long, auth: "Bearer x", kanalen: KANALEN });
    expect(result.status).toBe("created");
    expect(JSON.parse(writes(seen)[0]?.body ?? "").callbackUrl).toBe(long);
  });

  it("shows only the origin of a refused callbackUrl: a token in the path stays out of the message (review 2)", async () => {
    const error = await ensureSubscription(notificaties, { callbackUrl: "ftp://zac.example.nl/hook/tok3n-abcdef", auth: "Bearer x", kanalen: KANALEN }).catch((e: unknown) => e);
    expect(isConfigError(error)).toBe(true);
    expect((error as Error).message).toContain("ftp://zac.example.nl/…, path and query not shown");
    expect((error as Error).message).not.toContain("tok3n");
    const relative = await ensureSubscription(notificaties, { callbackUrl: "/hook/tok3n-abcdef", auth: "Bearer x", kanalen: KANALEN }).catch((e: unknown) => e);
    expect((relative as Error).message).not.toContain("tok3n");
  });

  it.each([
    ["no url", { callbackUrl: HOOK, kanalen: [{ naam: "zaken" }] }],
    ["a url that is not a URL", { url: "abonnement/1", callbackUrl: HOOK, kanalen: [{ naam: "zaken" }] }],
    ["a url of another path", { url: `${BASE}/kanaal/${UUID}`, callbackUrl: HOOK, kanalen: [{ naam: "zaken" }] }],
  ])("an existing abonnement with %s that needs an update: a ConfigError, not a TypeError, and no PUT (review 6)", async (_name, abonnement) => {
    const seen = fakeNrc([abonnement as never]);
    const error = await ensureSubscription(notificaties, { callbackUrl: HOOK, auth: "Bearer x", kanalen: KANALEN }).catch((e: unknown) => e);
    expect(isConfigError(error), String(error)).toBe(true);
    expect((error as { issues: { path: string }[] }).issues[0]?.path).toBe("abonnement.url");
    expect(writes(seen)).toEqual([]);
  });

  it("skips list items that are not abonnementen (null, no kanalen) instead of throwing a TypeError", async () => {
    const seen = fakeNrc([null as never, { url: `${BASE}/abonnement/${UUID}`, callbackUrl: HOOK, kanalen: "x" as never }]);
    const result = await ensureSubscription(notificaties, { callbackUrl: HOOK, auth: "Bearer x", kanalen: KANALEN });
    expect(result.status).toBe("updated");
    expect(writes(seen).map((r) => r.method)).toEqual(["PUT"]);
  });
});

