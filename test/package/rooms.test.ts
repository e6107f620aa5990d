/**
 * Every import points down: each source folder ("room") may import only rooms below it. The order,
 * lowest first, is the table below; a room never imports one above it, so no cycle can run between
 * rooms. Generated code is two rooms: the leaves (types, operation tables, mock facts) sit low, the
 * entries (factories that re-export the workflows, and each API's `versions.ts` that loads the
 * version guard) sit above the workflows.
 */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../src/codegen/registry.ts";

const SRC = join(ROOT, "src");

/** Rooms from the bottom up; rooms on one line may not import each other either way but one below. */
const ORDER: readonly (readonly string[])[] = [
  ["errors"],
  ["core", "observability"],
  ["auth", "pagination", "generated-leaves"],
  ["transport"],
  ["client"],
  ["references", "testing"],
  ["apis"],
  ["generated-entries", "node"],
  ["node-unsupported", "index.ts"],
  ["codegen"],
  ["cli"],
];
const RANK = new Map(ORDER.flatMap((rooms, rank) => rooms.map((room) => [room, rank] as const)));

/** The room of a file under src/. */
function roomOf(file: string): string {
  const parts = relative(SRC, file).split("/");
  if (parts[0] === "generated") return parts.at(-1) === "index.ts" || parts.at(-1) === "versions.ts" ? "generated-entries" : "generated-leaves";
  return parts.length === 1 ? (parts[0] as string) : (parts[0] as string);
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? sources(full) : entry.name.endsWith(".ts") ? [full] : [];
  });
}

describe("rooms", () => {
  const files = sources(SRC);

  it("every room is in the order", () => {
    const rooms = new Set(files.map(roomOf));
    expect([...rooms].filter((room) => !RANK.has(room))).toEqual([]);
  });

  it("no import points up (or sideways to another room of the same rank)", () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = roomOf(file);
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
        const target = resolve(dirname(file), (match[1] as string).replace(/\.js$/, ".ts"));
        const to = roomOf(target);
        if (to === from) continue;
        if ((RANK.get(to) ?? -1) >= (RANK.get(from) ?? -1)) upward.push(`${relative(ROOT, file)} (${from}) → ${relative(ROOT, target)} (${to})`);
      }
    }
    expect(upward).toEqual([]);
  });
});
