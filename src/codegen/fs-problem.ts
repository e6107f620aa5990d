/** What a file system error means, in words for a message (never the path or any content). */

/**
 * `"no such file"`, `"permission denied"`, … for a Node file system error; its code otherwise.
 *
 * @example
 * ```ts
 * try { readFileSync(file); } catch (error) { throw new Error(`${file}: cannot read it (${fsProblem(error)})`); }
 * ```
 */
export function fsProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return "is a folder, not a file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOTDIR":
    case "EEXIST":
      return "a parent is a file, not a folder";
    case "EROFS":
      return "read-only file system";
    case "EBUSY":
      return "in use by another program";
    default:
      return code ?? "unknown error";
  }
}
