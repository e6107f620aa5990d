/**
 * The demo's transcript: one block per step (which API, what it does), the requests the SDK sent
 * (from the clients' hooks: method, path, status, time; URLs redacted by the SDK), a one-line result,
 * and a progress bar for uploads. Readable in a terminal and in a CI log (no cursor tricks off a TTY).
 */
import type { Hooks } from "../../src/index.js";

const tty = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
const paint = (code: string, text: string): string => (tty ? `\x1b[${code}m${text}\x1b[0m` : text);
export const dim = (text: string): string => paint("2", text);
export const bold = (text: string): string => paint("1", text);
const green = (text: string): string => paint("32", text);
const red = (text: string): string => paint("31", text);

const write = (line = ""): void => void process.stdout.write(`${line}\n`);

/** Prints the transcript; `hooks` show each request of the current step. */
export class Transcript {
  private step = 0;
  private quiet = false;
  private total = 0;
  private readonly origins: string[] = [];

  /** How many steps the walk has (for the `n/total` counter). */
  steps(total: number): void {
    this.total = total;
  }

  /** A header line. */
  title(text: string): void {
    write(bold(text));
  }

  /** A plain line. */
  line(text: string): void {
    write(`    ${text}`);
  }

  /** Starts step `n`: the API and what it does. */
  begin(api: string, what: string): void {
    this.step++;
    write();
    write(`${bold(`${String(this.step).padStart(2)}/${this.total}`)} ${bold(api.padEnd(16))} ${what}`);
  }

  /** The step's result. */
  result(text: string): void {
    write(`    ${green("✓")} ${text}`);
  }

  /** A step left out (read-only run). */
  skipped(reason: string): void {
    write(`    ${dim(`– skipped: ${reason}`)}`);
  }

  /** The step failed: which step and why. */
  failed(text: string): void {
    write(`    ${red("✗")} ${text}`);
  }

  /** Hides request lines while `run` runs (an upload shows a progress bar instead). */
  async quietly<T>(run: () => Promise<T>): Promise<T> {
    this.quiet = true;
    try {
      return await run();
    } finally {
      this.quiet = false;
    }
  }

  /** Registers an API root, so request lines show paths relative to it. */
  root(url: string): void {
    this.origins.push(url);
    this.origins.sort((a, b) => b.length - a.length);
  }

  /** A URL relative to its API root, with URLs in the query shortened to `…/<last segment>`. */
  private path(url: string): string {
    const root = this.origins.find((o) => url.startsWith(o));
    const local = root ? url.slice(root.length) || "/" : url;
    return local.replace(/=(https?(?::|%3A)[^&]*)/g, (_, value: string) => `=…/${decodeURIComponent(value).split("/").pop()}`);
  }

  /** Client hooks that print `→ METHOD path` and `← status (ms)` under the current step. */
  readonly hooks: Hooks = {
    onResponse: (event) => {
      if (this.quiet) return;
      const status = event.status < 400 ? String(event.status) : red(String(event.status));
      write(`    ${dim("→")} ${event.method.padEnd(6)} ${this.path(event.url)}  ${dim("←")} ${status} ${dim(`${Math.round(event.durationMs)} ms`)}`);
    },
    onRetry: (event) => {
      write(`    ${dim(`↻ retry ${event.attempt + 1} of ${event.method} ${this.path(event.url)} (${event.reason}) in ${event.delayMs} ms`)}`);
    },
  };

  /** A progress bar: redrawn in place on a terminal, every quarter as a line elsewhere. */
  progress(): (done: number, total: number, label: string) => void {
    let shown = -1;
    return (done, total, label) => {
      const fraction = total === 0 ? 1 : done / total;
      const width = 24;
      const filled = Math.round(fraction * width);
      const bar = `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${String(Math.round(fraction * 100)).padStart(3)}% ${label}`;
      if (tty) {
        process.stdout.write(`\r    ${bar}${fraction >= 1 ? "\n" : ""}`);
        return;
      }
      const quarter = Math.floor(fraction * 4);
      if (quarter > shown) {
        shown = quarter;
        write(`    ${bar}`);
      }
    };
  }
}
