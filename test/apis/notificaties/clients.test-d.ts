/** Which clients fit the notificaties workflows: any version with the operations, and not a client without them. */
import { describe, expectTypeOf, test } from "vitest";
import { type EnsureSubscriptionResult, ensureSubscription, publishNotification } from "../../../src/apis/notificaties/index.js";
import { createNotificatiesClient as v100 } from "../../../src/generated/notificaties/1.0.0/index.js";
import { createNotificatiesClient as open } from "../../../src/generated/notificaties/1.0.0-opennotificaties-1.16.1/index.js";
import { createNotificatiesClient as v101 } from "../../../src/generated/notificaties/1.0.1/index.js";
import { createObjectenClient } from "../../../src/generated/objecten/index.js";

const options = { callbackUrl: "https://zac.example.nl/hook", auth: "Bearer x", kanalen: [{ naam: "zaken" }] };
const message = { kanaal: "zaken", hoofdObject: "https://x.nl/z/1", resource: "zaak", resourceUrl: "https://x.nl/z/1", actie: "create" };

describe("notificaties workflows accept every Notificaties client", () => {
  test("1.0.0, 1.0.1 and Open Notificaties 1.16.1", () => {
    for (const make of [v100, v101, open]) {
      const client = make({ baseUrl: "https://nrc.example.nl/api/v1" });
      expectTypeOf(ensureSubscription(client, options)).toEqualTypeOf<Promise<EnsureSubscriptionResult>>();
      void publishNotification(client, message);
    }
  });

  test("a client without the operations is refused", () => {
    const objecten = createObjectenClient({ baseUrl: "https://objecten.example.nl/api/v2" });
    // @ts-expect-error the Objects API has no /abonnement
    void ensureSubscription(objecten, options);
    // @ts-expect-error the Objects API has no /notificaties
    void publishNotification(objecten, message);
  });
});
