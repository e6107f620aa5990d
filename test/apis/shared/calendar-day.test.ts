import { describe, expect, it } from "vitest";
import { amsterdamDateTime, amsterdamDay, isIsoDate, isIsoDateTime } from "../../../src/apis/shared/calendar-day.js";

describe("calendar days in Europe/Amsterdam", () => {
  it("checks real calendar days", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2024-02-30")).toBe(false);
    expect(isIsoDate("2024-13-01")).toBe(false);
    expect(isIsoDate("2024-04-31")).toBe(false);
    expect(isIsoDate("2024-05-01T00:00:00Z")).toBe(false);
  });

  it("checks date-times", () => {
    expect(isIsoDateTime("2024-05-01T10:00:00+02:00")).toBe(true);
    expect(isIsoDateTime("2024-05-01T08:00:00.123Z")).toBe(true);
    expect(isIsoDateTime("2024-05-01T10:00")).toBe(true);
    expect(isIsoDateTime("2024-05-01")).toBe(false);
    expect(isIsoDateTime("2024-02-30T10:00:00Z")).toBe(false);
    expect(isIsoDateTime("2024-05-01T24:00:00Z")).toBe(false);
  });

  it("takes the Dutch day and offset, winter and summer", () => {
    expect(amsterdamDay(new Date("2021-12-31T23:30:00Z"))).toBe("2022-01-01");
    expect(amsterdamDay(new Date("2024-06-30T21:59:59Z"))).toBe("2024-06-30");
    expect(amsterdamDay(new Date("2024-06-30T22:00:00Z"))).toBe("2024-07-01");
    expect(amsterdamDateTime(new Date("2024-01-15T23:30:05.042Z"))).toBe("2024-01-16T00:30:05.042+01:00");
    expect(amsterdamDateTime(new Date("2024-07-01T22:15:00Z"))).toBe("2024-07-02T00:15:00.000+02:00");
  });
});
