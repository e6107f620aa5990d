/**
 * Writes generated modules, each into a folder of its own, all or nothing: every module is staged
 * beside its folder and swapped in only when every one was staged, so a failure leaves the output as
 * it was. `staleFiles` tells `--check` which files differ from what would be generated.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { CodegenError } from "./codegen-error.js";

/** A module to write: its folder and its files (name → content). */
export interface OutputModule {
  readonly dir: string;
  readonly files: Readonly<Record<string, string>>;
}

/** The mark every generated file carries; a folder holding other files is not ours to replace. */
const MARK = "Do not edit: run `npx commonground generate`";

function why(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "EACCES" || code === "EPERM" ? "permission denied" : code === "ENOTDIR" || code === "EEXIST" ? "a parent is a file, not a folder" : code === "EROFS" ? "read-only file system" : (code ?? String(error));
}

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
      if (!existsSync(path) || readFileSync(path, "utf8") !== text) stale.push(path);
    }
    if (existsSync(dir) && statSync(dir).isDirectory()) {
      for (const name of readdirSync(dir)) if (!(name in files)) stale.push(join(dir, name));
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
    checkOwned(dir);
  }
  const staged: { dir: string; staging: string }[] = [];
  try {
    for (const { dir, files } of modules) {
      const staging = join(dirname(dir), `.${basename(dir)}.commonground-${process.pid}`);
      try {
        mkdirSync(dirname(dir), { recursive: true });
        rmSync(staging, { recursive: true, force: true });
        mkdirSync(staging);
        staged.push({ dir, staging });
        for (const [name, text] of Object.entries(files)) writeFileSync(join(staging, name), text);
      } catch (error) {
        throw new CodegenError("output", `${dir}: cannot write (${why(error)})`);
      }
    }
    for (const { dir, staging } of staged) {
      const old = `${staging}-old`;
      if (existsSync(dir)) renameSync(dir, old);
      renameSync(staging, dir);
      rmSync(old, { recursive: true, force: true });
    }
  } finally {
    for (const { staging } of staged) rmSync(staging, { recursive: true, force: true });
  }
}
