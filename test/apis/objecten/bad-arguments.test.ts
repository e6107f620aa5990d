import { describe, it } from "vitest";
import { objectsOfType } from "../../../src/apis/objecten/index.js";
import { createObjectenClient } from "../../../src/generated/objecten/index.js";
import { useMsw } from "../../helpers/msw.js";
import { type BadCall, expectRefused } from "../bad-arguments.js";

useMsw();
const objecten = createObjectenClient({ baseUrl: "https://objecten.example.nl/api/v2", retry: false });
const TYPE = "https://objecttypen.example.nl/api/v2/objecttypes/feeaa795-d212-4fa2-bb38-2c34996e5702";
const UUID = "0b5c4a7e-3f21-4d8b-9a6c-5e4d3c2b1a09";
const any = (value: unknown) => value as never;
const bomen = objectsOfType<{ kiemjaar: number }>(objecten, { type: TYPE, typeVersion: 1 });

const CALLS: BadCall[] = [
  ["objectsOfType(undefined client)", () => objectsOfType(any(undefined), { type: TYPE })],
  ["objectsOfType(null client)", () => objectsOfType(any(null), { type: TYPE })],
  ["objectsOfType(client without paginate)", () => objectsOfType(any({ GET() {}, POST() {} }), { type: TYPE })],
  ["objectsOfType(client, undefined)", () => objectsOfType(objecten, any(undefined))],
  ["objectsOfType(client, null)", () => objectsOfType(objecten, any(null))],
  ["objectsOfType type: 5", () => objectsOfType(objecten, { type: any(5) })],
  ["objectsOfType objecttypen: {}", () => objectsOfType(objecten, { type: TYPE, typeVersion: 1, objecttypen: any({}) })],
  ["create(data, null)", () => bomen.create({ kiemjaar: 1 }, any(null))],
  ["create(null)", () => bomen.create(any(null))],
  ["create(data, { startAt: 5 })", () => bomen.create({ kiemjaar: 1 }, { startAt: any(5) })],
  ["create(data, { startAt: '2024-02-30' })", () => bomen.create({ kiemjaar: 1 }, { startAt: "2024-02-30" })],
  ["update(undefined, data)", () => bomen.update(any(undefined), { kiemjaar: 1 })],
  ["update(uuid, data, null)", () => bomen.update(UUID, { kiemjaar: 1 }, any(null))],
  ["patch(uuid, data, 'x')", () => bomen.patch(UUID, { kiemjaar: 1 }, any("x"))],
  ["get(undefined)", () => bomen.get(any(undefined))],
  ["get(uuid, null)", () => bomen.get(UUID, any(null))],
  ["search(null)", () => bomen.search(any(null))],
  ["search({ where: 'x' })", () => bomen.search({ where: any("x") })],
  ["search({ where: [null] })", () => bomen.search({ where: any([null]) })],
  ["search({ date: '2024-13-01' })", () => bomen.search({ date: "2024-13-01" })],
  ["search({ date: 5 })", () => bomen.search({ date: any(5) })],
  ["search({ pageSize: 0 })", () => bomen.search({ pageSize: 0 })],
  ["search({ pageSize: 501 })", () => bomen.search({ pageSize: 501 })],
  ["search({ pageSize: '20' })", () => bomen.search({ pageSize: any("20") })],
  ["search a value with __", () => bomen.search({ where: [{ path: "naam", op: "exact", value: "eik__gt__1" }] })],
  ["search a value starting with _", () => bomen.search({ where: [{ path: "naam", op: "exact", value: "_eik" }] })],
];

describe("objecten workflows refuse bad arguments with a ConfigError, never a TypeError, and send nothing", () => {
  it.each(CALLS)("%s", async (_name, call) => {
    await expectRefused(call);
  });
});
