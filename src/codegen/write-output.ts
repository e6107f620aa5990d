/**
 * Writes generated modules, each into a folder of its own, all or nothing: every module is staged
 * beside its folder and swapped in only when every one was staged, so a failure leaves the output as
 * it was. `staleFiles` tells `--check` which files differ from what would be generated.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { CodegenError } from "./codegen-error.js";
import { fsProblem } from "./fs-problem.js";

/** A module to write: its folder and its files (name → content). */
export interface OutputModule {
  readonly dir: string;
  readonly files: Readonly<Record<string, string>>;
}

/** The mark every generated file carries; a folder holding other files is not ours to replace. */
const MARK = "Do not edit: run `npx commonground generate`";

/** Throws when `dir` exists and holds anything the generator did not write. */
function checkOwned(dir: string): void {
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) throw new CodegenError("output", `${dir}: is a file, not a folder`);
  const foreign = readdirSync(dir).filter((name) => {
    const path = join(dir, name);
    return !(statSync(path).isFile() && readFileSync(path, "utf8").includes(MARK));
  });
  if (foreign.length > 0) {
    throw new CodegenError("output", `${dir}: holds files the generator did not write (${foreign.slice(0, 3).join(", ")}${foreign.length > 3 ? ", …" : ""}); give each module a folder of its own`);
  }
}

/** The files of `modules` that are missing or differ on disk (absolute paths), plus stray generated files. */
export function staleFiles(modules: readonly OutputModule[]): string[] {
  const stale: string[] = [];
  for (const { dir, files } of modules) {
    for (const [name, text] of Object.entries(files)) {
      const path = join(dir, name);
      // Line ends as git may have checked them out (autocrlf) do not make a file stale.
      if (!existsSync(path) || readFileSync(path, "utf8").replace(/\r\n/g, "\n") !== text) stale.push(path);
    }
    if (existsSync(dir) && statSync(dir).isDirectory()) {
      for (const name of readdirSync(dir)) if (!Object.hasOwn(files, name)) stale.push(join(dir, name));
    }
  }
  return stale;
}

/** Writes every module; on any failure nothing changes and a {@link CodegenError} names the folder. */
export function writeModules(modules: readonly OutputModule[]): void {
  const dirs = new Set<string>();
  for (const { dir } of modules) {
    if (dirs.has(dir)) throw new CodegenError("config", `${dir}: two specs write to the same folder; give each its own output`);
    dirs.add(dir);
    try {
      checkOwned(dir);
    } catch (error) {
      if (error instanceof CodegenError) throw error;
      throw new CodegenError("output", `${dir}: cannot read it (${fsProblem(error)})`);
    }
  }
  const staged: { dir: string; staging: string; old: string }[] = [];
  const swapped: { dir: string; old: string; had: boolean }[] = [];
  try {
    for (const { dir, files } of modules) {
      const staging = join(dirname(dir), `.${basename(dir)}.commonground-${process.pid}`);
      try {
        mkdirSync(dirname(dir), { recursive: true });
        rmSync(staging, { recursive: true, force: true });
        rmSync(`${staging}-old`, { recursive: true, force: true });
        mkdirSync(staging);
        staged.push({ dir, staging, old: `${staging}-old` });
        for (const [name, text] of Object.entries(files)) writeFileSync(join(staging, name), text);
      } catch (error) {
        throw new CodegenError("output", `${dir}: cannot write (${fsProblem(error)})`);
      }
    }
    for (const { dir, staging, old } of staged) {
      try {
        const had = existsSync(dir);
        if (had) renameSync(dir, old);
        swapped.push({ dir, old, had });
        renameSync(staging, dir);
      } catch (error) {
        const stuck = undo(swapped);
        const after = stuck.length === 0 ? "the output is as it was" : `could not put back ${stuck.map((s) => `${s.dir} (it is in ${s.old})`).join(", ")}`;
        throw new CodegenError("output", `${dir}: cannot replace it (${fsProblem(error)}); ${after}`);
      }
    }
    for (const { old } of swapped) rmSync(old, { recursive: true, force: true });
  } finally {
    for (const { staging } of staged) rmSync(staging, { recursive: true, force: true });
  }
}

/** Puts back the folders a failed swap moved aside (newest first); returns those it could not. */
function undo(swapped: readonly { dir: string; old: string; had: boolean }[]): { dir: string; old: string }[] {
  const stuck: { dir: string; old: string }[] = [];
  for (const { dir, old, had } of [...swapped].reverse()) {
    try {
      if (existsSync(dir) && (!had || existsSync(old))) rmSync(dir, { recursive: true, force: true });
      if (had && existsSync(old)) renameSync(old, dir);
    } catch {
      stuck.push({ dir, old });
    }
  }
  return stuck;
}
