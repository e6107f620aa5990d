/** Which clients fit objectsOfType: the Objects API client, with an Objecttypes (or Objects 4) client for validation. */
import { describe, expectTypeOf, test } from "vitest";
import { type ObjectsOfType, type TypedObject, objectsOfType } from "../../../src/apis/objecten/index.js";
import { createNotificatiesClient } from "../../../src/generated/notificaties/index.js";
import { createObjectenClient } from "../../../src/generated/objecten/index.js";
import { createObjecttypenClient } from "../../../src/generated/objecttypen/index.js";

interface Boom {
  beleidsstatus?: string;
  kiemjaar?: number;
}
const objecten = createObjectenClient({ baseUrl: "https://objecten.example.nl/api/v2" });
const objecttypen = createObjecttypenClient({ baseUrl: "https://objecttypen.example.nl/api/v2" });
const type = "https://objecttypen.example.nl/api/v2/objecttypes/feeaa795-d212-4fa2-bb38-2c34996e5702";

describe("objectsOfType", () => {
  test("takes an Objects client, and an Objecttypes or Objects 4 client as objecttypen", () => {
    const bomen = objectsOfType<Boom>(objecten, { type, typeVersion: 1, objecttypen });
    expectTypeOf(bomen).toEqualTypeOf<ObjectsOfType<Boom>>();
    expectTypeOf(objectsOfType<Boom>(objecten, { type, objecttypen: objecten })).toEqualTypeOf<ObjectsOfType<Boom>>();
    expectTypeOf(bomen.get("x")).resolves.toEqualTypeOf<TypedObject<Boom>>();
    expectTypeOf<Awaited<ReturnType<typeof bomen.create>>["record"]["data"]>().toEqualTypeOf<Boom>();
    // @ts-expect-error kiemjaar is a number
    void bomen.create({ kiemjaar: "1987" });
    void bomen.patch("x", { kiemjaar: 1990 });
  });

  test("refuses a client without the Objects operations", () => {
    const notificaties = createNotificatiesClient({ baseUrl: "https://nrc.example.nl/api/v1" });
    // @ts-expect-error the Notificaties API has no /objects
    void objectsOfType<Boom>(notificaties, { type });
    // @ts-expect-error the Notificaties API has no objecttype versions
    void objectsOfType<Boom>(objecten, { type, objecttypen: notificaties });
  });
});
