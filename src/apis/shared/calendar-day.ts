/**
 * Calendar days and date-times as the ZGW APIs read them: plain `YYYY-MM-DD` dates are Dutch civil
 * dates, so "today" and a `Date` are taken in the Europe/Amsterdam calendar (Intl, no `node:` import).
 */

/** The time zone ZGW dates are read in. */
export const ZGW_TIME_ZONE = "Europe/Amsterdam";

let parts: Intl.DateTimeFormat | undefined;

/** The formatter, made on first use: no top-level side effect, so a bundler can drop this module. */
function formatter(): Intl.DateTimeFormat {
  parts ??= new Intl.DateTimeFormat("en-US", {
    timeZone: ZGW_TIME_ZONE,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  return parts;
}

interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** The Europe/Amsterdam wall clock at `date`. */
function wallClock(date: Date): WallClock {
  const found = formatter().formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(found.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** True when `year-month-day` is a day of the Gregorian calendar (so 2024-02-30 is not). */
function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last;
}

/** True for a `YYYY-MM-DD` string naming a real calendar day. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * True for an ISO 8601 date-time with a real calendar day and clock time, such as
 * `2024-05-01T10:00:00+02:00`, `2024-05-01T08:00:00.123Z` or `2024-05-01T10:00:00` (server time zone).
 */
export function isIsoDateTime(value: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(Z|[+-](\d{2}):(\d{2}))?$/.exec(value);
  if (!m || !isIsoDate(m[1] as string)) return false;
  if (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59) return false;
  return m[6] === undefined || (Number(m[6]) <= 14 && Number(m[7]) <= 59);
}

/** The Europe/Amsterdam calendar day of `date`, as `YYYY-MM-DD`. */
export function amsterdamDay(date: Date): string {
  const c = wallClock(date);
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}`;
}

/**
 * `date` as an ISO 8601 date-time in Europe/Amsterdam local time with its offset, milliseconds kept
 * (`2024-05-01T00:30:00.000+02:00`). ZGW derives a zaak's `einddatum` from the date part of
 * `datumStatusGezet` as sent, so a UTC string would give the previous day between 00:00 and 02:00.
 */
export function amsterdamDateTime(date: Date): string {
  const c = wallClock(date);
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  const offset = Math.round((asUtc - (date.getTime() - date.getUTCMilliseconds())) / 60_000);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return (
    `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}:${pad(c.second)}.${pad(date.getUTCMilliseconds(), 3)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
