/** The checks of `objectsOfType().search` (internal). */
import { ConfigError, type ConfigIssue } from "../../errors/config-error.js";
import { isIsoDate } from "../shared/calendar-day.js";
import { checkOptionsObject } from "../shared/check-client.js";
import type { ObjectSearchQuery } from "./objects-of-type.js";

/** Checks a search before anything is sent (the iterable is returned at once, so it throws here). */
export function checkSearch(query: ObjectSearchQuery | undefined): void {
  checkOptionsObject("objectsOfType.search", query, "query");
  const issues: ConfigIssue[] = [];
  if (query?.where !== undefined && !Array.isArray(query.where)) issues.push({ path: "where", message: "pass a list of filters, e.g. [{ path: \"kiemjaar\", op: \"lt\", value: 1950 }]" });
  if (query?.within !== undefined && (typeof query.within !== "object" || query.within === null)) issues.push({ path: "within", message: "pass a GeoJSON geometry, or leave it out" });
  if (query?.date !== undefined && (typeof query.date !== "string" || !isIsoDate(query.date))) issues.push({ path: "date", message: "pass a calendar day as YYYY-MM-DD, or leave it out for today" });
  if (query?.pageSize !== undefined && (!Number.isInteger(query.pageSize) || query.pageSize < 1 || query.pageSize > 500)) {
    issues.push({ path: "pageSize", message: "pass a whole number from 1 to 500, or leave it out" });
  }
  if (issues.length) throw new ConfigError("objectsOfType.search", issues);
}
