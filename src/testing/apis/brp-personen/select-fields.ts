/** `fields` selection of BRP Personen 2.x: only the asked paths (whole objects for a parent path), plus the automatic fields. */
import type { MockRecord } from "../../engine/store.js";

/** Top-level fields delivered whenever the person has them (never asked for). */
const AUTOMATIC = ["geheimhoudingPersoonsgegevens", "opschortingBijhouding", "rni", "verificatie", "inOnderzoek"];

/** Copies `path` (split) from `source` into `target`, through arrays. */
function copyPath(source: unknown, target: Record<string, unknown>, segments: readonly string[]): void {
  const [head, ...rest] = segments;
  if (head === undefined || typeof source !== "object" || source === null || !(head in source)) return;
  const value = (source as Record<string, unknown>)[head];
  if (rest.length === 0 || value === null || typeof value !== "object") {
    target[head] = value;
    return;
  }
  if (Array.isArray(value)) {
    const existing = Array.isArray(target[head]) ? (target[head] as Record<string, unknown>[]) : value.map(() => ({}));
    value.forEach((item, i) => {
      copyPath(item, existing[i] ?? {}, rest);
    });
    target[head] = existing;
    return;
  }
  const child = (typeof target[head] === "object" && target[head] !== null ? target[head] : {}) as Record<string, unknown>;
  // A discriminated value (datum, verblijfplaats) keeps its `type`.
  if ("type" in value && typeof (value as Record<string, unknown>).type === "string") child.type = (value as Record<string, unknown>).type;
  copyPath(value, child, rest);
  target[head] = child;
}

/** The person with only the asked fields (and the automatic ones). */
export function selectFields(person: MockRecord, fields: readonly string[]): MockRecord {
  const out: Record<string, unknown> = {};
  for (const path of fields) copyPath(person, out, path.split("."));
  for (const name of AUTOMATIC) if (name in person) out[name] = person[name];
  return out;
}

/** Age in whole years on `today` (`YYYY-MM-DD`), from `geboorte.datum.datum`. */
export function leeftijd(person: MockRecord, today: string): number | undefined {
  const born = ((person.geboorte as { datum?: { datum?: unknown } } | undefined)?.datum?.datum ?? "") as string;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(born) || person.overlijden) return undefined;
  const years = Number(today.slice(0, 4)) - Number(born.slice(0, 4));
  return today.slice(5) < born.slice(5) ? years - 1 : years;
}
