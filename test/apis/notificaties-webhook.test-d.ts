/**
 * Type test of the notification webhook receiver (the consumer side of Notificaties): the module
 * only exports types, for the endpoint an application implements.
 */
import { describe, expectTypeOf, test } from "vitest";
import type * as Webhook from "../../src/generated/notificaties-webhook/index.js";
import type { Operations, Paths, Schemas } from "../../src/generated/notificaties-webhook/index.js";

type Notificatie = Schemas["Notificatie"];
type Receive = Operations["notification_receive"];

describe("notificaties-webhook 1.0.0-rc1", () => {
  test("Notificatie has the fields the NRC posts", () => {
    expectTypeOf<Notificatie>().toEqualTypeOf<{
      kanaal: string;
      hoofdObject: string;
      resource: string;
      resourceUrl: string;
      actie: string;
      aanmaakdatum: string;
      kenmerken?: { [key: string]: string };
    }>();
    expectTypeOf<Notificatie["kenmerken"]>().toEqualTypeOf<{ [key: string]: string } | undefined>();
  });

  test("a received notification type-checks, and a partial one does not", () => {
    const received = {
      kanaal: "zaken",
      hoofdObject: "https://open-zaak.example.nl/zaken/api/v1/zaken/d4d48d2b-6a3e-4a8f-9b0c-1f1c3f1e2a11",
      resource: "status",
      resourceUrl: "https://open-zaak.example.nl/zaken/api/v1/statussen/0c5f4f0d-8d6e-4a2a-b6b4-1d2e3f4a5b6c",
      actie: "create",
      aanmaakdatum: "2024-06-03T10:15:00Z",
      kenmerken: { bronorganisatie: "002220647", vertrouwelijkheidaanduiding: "openbaar" },
    } satisfies Notificatie;
    expectTypeOf(received).toExtend<Notificatie>();
    // @ts-expect-error resource, resourceUrl, actie and aanmaakdatum are required
    const partial: Notificatie = { kanaal: "zaken", hoofdObject: received.hoofdObject };
    expectTypeOf(partial.kenmerken?.bronorganisatie).toEqualTypeOf<string | undefined>();
  });

  test("POST /{webhooks_path} takes a Notificatie as JSON and answers 204 without content", () => {
    expectTypeOf<Paths["/{webhooks_path}"]["post"]>().toEqualTypeOf<Receive>();
    expectTypeOf<Receive["parameters"]["path"]>().toEqualTypeOf<{ webhooks_path: string }>();
    expectTypeOf<Receive["requestBody"]["content"]["application/json"]>().toEqualTypeOf<Notificatie>();
    expectTypeOf<Receive["responses"][204]["content"]>().toEqualTypeOf<undefined>();
  });

  test("a 400 answer is a ValidatieFout with kebab-case invalid-params", () => {
    expectTypeOf<Receive["responses"][400]["content"]["application/problem+json"]>().toEqualTypeOf<Schemas["ValidatieFout"]>();
    expectTypeOf<Schemas["ValidatieFout"]["invalid-params"]>().toEqualTypeOf<{ name: string; code: string; reason: string }[]>();
  });

  test("the receiver module exports types only, no client factory", () => {
    expectTypeOf<keyof typeof Webhook>().toBeNever();
  });
});
