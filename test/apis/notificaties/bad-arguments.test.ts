import { describe, it } from "vitest";
import { createNotificationHandler, ensureSubscription, notificatieDedupeKey, publishNotification } from "../../../src/apis/notificaties/index.js";
import { createNotificatiesClient } from "../../../src/generated/notificaties/index.js";
import { useMsw } from "../../helpers/msw.js";
import { type BadCall, expectRefused } from "../bad-arguments.js";

useMsw();
const notificaties = createNotificatiesClient({ baseUrl: "https://open-notificaties.example.nl/api/v1", retry: false });
const any = (value: unknown) => value as never;
const SUB = { callbackUrl: "https://zac.example.nl/hook", auth: "Bearer x", kanalen: [{ naam: "zaken" }] };
const NOTIFICATIE = {
  kanaal: "zaken",
  hoofdObject: "https://open-zaak.example.nl/zaken/api/v1/zaken/d4d48d2b-6a3e-4a8f-9b0c-1f1c3f1e2a11",
  resource: "zaak",
  resourceUrl: "https://open-zaak.example.nl/zaken/api/v1/zaken/d4d48d2b-6a3e-4a8f-9b0c-1f1c3f1e2a11",
  actie: "create",
};

const CALLS: BadCall[] = [
  ["ensureSubscription(undefined client)", () => ensureSubscription(any(undefined), SUB)],
  ["ensureSubscription(null client)", () => ensureSubscription(any(null), SUB)],
  ["ensureSubscription(client without getUrl)", () => ensureSubscription(any({ GET() {}, POST() {}, PUT() {} }), SUB)],
  ["ensureSubscription(client, undefined)", () => ensureSubscription(notificaties, any(undefined))],
  ["ensureSubscription(client, null)", () => ensureSubscription(notificaties, any(null))],
  ["ensureSubscription kanalen: 'zaken'", () => ensureSubscription(notificaties, { ...SUB, kanalen: any("zaken") })],
  ["ensureSubscription kanalen: [null]", () => ensureSubscription(notificaties, { ...SUB, kanalen: any([null]) })],
  ["publishNotification(undefined client)", () => publishNotification(any(undefined), NOTIFICATIE)],
  ["publishNotification(null client)", () => publishNotification(any(null), NOTIFICATIE)],
  ["publishNotification(client, undefined)", () => publishNotification(notificaties, any(undefined))],
  ["publishNotification(client, null)", () => publishNotification(notificaties, any(null))],
  ["publishNotification(client, n, null options)", () => publishNotification(notificaties, NOTIFICATIE, any(null))],
  ["publishNotification(client, n, 'x' options)", () => publishNotification(notificaties, NOTIFICATIE, any("x"))],
  ["publishNotification aanmaakdatum: 5", () => publishNotification(notificaties, { ...NOTIFICATIE, aanmaakdatum: any(5) })],
  ["notificatieDedupeKey(undefined)", () => notificatieDedupeKey(any(undefined))],
  ["notificatieDedupeKey(null)", () => notificatieDedupeKey(any(null))],
  ["createNotificationHandler(undefined)", () => createNotificationHandler(any(undefined))],
  ["createNotificationHandler(null)", () => createNotificationHandler(any(null))],
  ["createNotificationHandler authorization: 5", () => createNotificationHandler({ authorization: any(5), onNotification: () => {} })],
];

describe("notificaties workflows refuse bad arguments with a ConfigError, never a TypeError, and send nothing", () => {
  it.each(CALLS)("%s", async (_name, call) => {
    await expectRefused(call);
  });
});
