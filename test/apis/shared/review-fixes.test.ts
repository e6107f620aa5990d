import { afterEach, describe, expect, it, vi } from "vitest";
import { checkClient } from "../../../src/apis/shared/check-client.js";
import { isAbsoluteHttpUrl } from "../../../src/apis/shared/is-absolute-http-url.js";
import { checkParams, text } from "../../../src/apis/shared/param-checks.js";
import { isConfigError } from "../../../src/errors/config-error.js";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("calendar-day (review 5)", () => {
  it("makes no Intl.DateTimeFormat when imported, one on first use, and reuses it", async () => {
    vi.resetModules();
    const Real = Intl.DateTimeFormat;
    const made = vi.spyOn(Intl, "DateTimeFormat").mockImplementation(function (this: unknown, ...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      return new Real(...args);
    } as never);
    const { amsterdamDay } = await import("../../../src/apis/shared/calendar-day.js");
    expect(made).not.toHaveBeenCalled();
    expect(amsterdamDay(new Date("2024-06-30T22:30:00Z"))).toBe("2024-07-01");
    expect(amsterdamDay(new Date("2024-01-01T12:00:00Z"))).toBe("2024-01-01");
    expect(made).toHaveBeenCalledTimes(1);
  });
});

describe("isAbsoluteHttpUrl (review 5)", () => {
  it("needs no URL.canParse", () => {
    const canParse = URL.canParse;
    Reflect.deleteProperty(URL, "canParse"); // as in Safari < 17
    try {
      expect(isAbsoluteHttpUrl("https://open-zaak.example.nl/zaken/api/v1")).toBe(true);
      expect(isAbsoluteHttpUrl("http://[::1]:8000/x")).toBe(true);
      expect(["ftp://x.nl/a", "/relative", "https://", "https://exa mple.nl", "", 5, null, undefined].map(isAbsoluteHttpUrl)).toEqual([false, false, false, false, false, false, false, false]);
    } finally {
      URL.canParse = canParse;
    }
  });
});

describe("checkClient (review 3)", () => {
  it("throws a ConfigError naming the workflow and what is missing", () => {
    for (const client of [undefined, null, 5, "x"]) {
      expect(() => checkClient("startZaak", client, ["POST"])).toThrow(expect.objectContaining({ name: "ConfigError" }));
    }
    let error: unknown;
    try {
      checkClient("startZaak", { POST() {} }, ["POST", "DELETE"]);
    } catch (e) {
      error = e;
    }
    expect(isConfigError(error) && error.message).toContain("startZaak: client: the client has no DELETE");
    expect(() => checkClient("x", { POST() {}, paginate() {} }, ["POST", "paginate"])).not.toThrow();
  });
});

describe("checkParams optional \"\" and null (review 4)", () => {
  it("refuses them instead of sending them; undefined is still left out", () => {
    const rules = { huisletter: { check: text(/^[a-zA-Z]$/) } };
    expect(checkParams({ huisletter: "" }, rules).map((i) => i.code)).toEqual(["pattern"]);
    expect(checkParams({ huisletter: null }, rules).map((i) => i.code)).toEqual(["invalid"]);
    expect(checkParams({ huisletter: undefined }, rules)).toEqual([]);
    expect(checkParams({}, { a: { required: true, check: text(/^x$/) } }).map((i) => i.code)).toEqual(["required"]);
  });
});
