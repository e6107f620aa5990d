/** Maps `METHOD <root>/<path>` to (api, path template, method, path params) using the generated facts. */
import { SERVED_APIS, type ServedApi } from "./api-roots.js";
import type { MockOperationFacts } from "./mock-facts.js";

/** A matched route. */
export interface RouteMatch {
  readonly api: ServedApi;
  /** Path template of the spec, e.g. `/zaken/{uuid}`. */
  readonly template: string;
  /** The concrete path under the API root, e.g. `/zaken/4f…`. */
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
  /** The operation (absent when the path exists but not for this method → 405). */
  readonly operation: MockOperationFacts | undefined;
  /** Methods the path offers. */
  readonly allowed: readonly string[];
}

interface Compiled {
  readonly template: string;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

const compiled = new Map<string, Compiled[]>();

function templatesOf(api: ServedApi, extra: readonly string[]): Compiled[] {
  const key = `${api.id}|${extra.join(",")}`;
  let list = compiled.get(key);
  if (!list) {
    list = [...Object.keys(api.facts.operations), ...extra]
      .map((template) => {
        const names: string[] = [];
        const source = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{([^}]+)\}/g, (_, name: string) => {
          names.push(name);
          return "([^/]+)";
        });
        return { template, pattern: new RegExp(`^${source}/?$`), names };
      })
      // Literal segments win over parameters: `/zaken/_zoek` before `/zaken/{uuid}`.
      .sort((a, b) => a.names.length - b.names.length || b.template.length - a.template.length);
    compiled.set(key, list);
  }
  return list;
}

/** The API whose root the path is under. */
export function apiForPath(pathname: string): ServedApi | undefined {
  return SERVED_APIS.find((api) => pathname === api.root || pathname.startsWith(`${api.root}/`));
}

/** Routes a request path; `undefined` when no API or no path template matches (404). */
export function route(method: string, pathname: string, extraTemplates: (api: ServedApi) => readonly string[] = () => []): RouteMatch | undefined {
  const api = apiForPath(pathname);
  if (!api) return undefined;
  const path = pathname.slice(api.root.length) || "/";
  for (const candidate of templatesOf(api, extraTemplates(api))) {
    const m = candidate.pattern.exec(path);
    if (!m) continue;
    const params: Record<string, string> = {};
    candidate.names.forEach((name, i) => {
      params[name] = decodeURIComponent(m[i + 1] ?? "");
    });
    const operations = api.facts.operations[candidate.template] ?? {};
    return {
      api,
      template: candidate.template,
      path: path.replace(/\/$/, "") || "/",
      params,
      operation: operations[method.toLowerCase()],
      allowed: Object.keys(operations),
    };
  }
  return undefined;
}
