import { describe, expect, it } from "vitest";
import type { OperationFacts } from "../../src/core/operation-table.js";
import { applyRequestDefaults } from "../../src/core/request-defaults.js";

const crs: OperationFacts = { headers: { "Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326" }, commaArrays: ["x__in"] };

describe("applyRequestDefaults", () => {
  it("adds required single-value headers", () => {
    const init = applyRequestDefaults(crs, undefined, new Set());
    expect(init.params?.header).toEqual({ "Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326" });
    expect(typeof init.querySerializer).toBe("function");
  });

  it("never overrides a header the caller, the call's params or the client set (any case)", () => {
    const fromHeaders = applyRequestDefaults(crs, { headers: { "accept-crs": "EPSG:28992" } }, new Set());
    expect(fromHeaders.params?.header).toEqual({ "Content-Crs": "EPSG:4326" });
    const fromParams = applyRequestDefaults(crs, { params: { header: { "Content-Crs": "EPSG:28992" } } }, new Set(["accept-crs"]));
    expect(fromParams.params?.header).toEqual({ "Content-Crs": "EPSG:28992" });
    const fromHeadersObject = applyRequestDefaults(crs, { headers: new Headers({ "Content-Crs": "x" }) }, new Set());
    expect(fromHeadersObject.params?.header).toEqual({ "Accept-Crs": "EPSG:4326" });
  });

  it("leaves Content-Type to a FormData body or a custom body serializer", () => {
    const json: OperationFacts = { headers: { "Content-Type": "application/json" } };
    expect(applyRequestDefaults(json, { body: { a: 1 } }, new Set()).params?.header).toEqual({ "Content-Type": "application/json" });
    expect(applyRequestDefaults(json, { body: new FormData() }, new Set()).params).toBeUndefined();
    expect(applyRequestDefaults(json, { bodySerializer: () => new FormData() }, new Set()).params).toBeUndefined();
  });

  it("keeps a caller's own query serializer", () => {
    const own = () => "q";
    expect(applyRequestDefaults(crs, { querySerializer: own }, new Set()).querySerializer).toBe(own);
  });

  it("asks for any media type and a Blob on binary downloads", () => {
    const init = applyRequestDefaults({ binary: true }, {}, new Set());
    expect(init.params?.header).toEqual({ Accept: "*/*" });
    expect(init.parseAs).toBe("blob");
    expect(applyRequestDefaults({ binary: true }, { parseAs: "stream" }, new Set()).parseAs).toBe("stream");
  });

  it("leaves unknown operations and the caller's init untouched", () => {
    const init = { params: { query: { a: 1 } } };
    expect(applyRequestDefaults(undefined, init, new Set())).toEqual(init);
    applyRequestDefaults(crs, init, new Set());
    expect(init).toEqual({ params: { query: { a: 1 } } });
  });
});
