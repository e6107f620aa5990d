import { describe, expect, it } from "vitest";
import { timingSafeEqual, timingSafeEqualBytes } from "../../../src/apis/notificaties/timing-safe-equal.js";

describe("timingSafeEqual", () => {
  it("is true for equal strings, also empty ones", () => {
    expect(timingSafeEqual("Bearer abc", "Bearer abc")).toBe(true);
    expect(timingSafeEqual("", "")).toBe(true);
  });

  it("is false for unequal strings of the same length, wherever they differ", () => {
    expect(timingSafeEqual("Bearer abd", "Bearer abc")).toBe(false);
    expect(timingSafeEqual("Xearer abc", "Bearer abc")).toBe(false);
  });

  it("is false for different lengths: a prefix, an extension, empty against non-empty", () => {
    expect(timingSafeEqual("Bearer ab", "Bearer abc")).toBe(false);
    expect(timingSafeEqual("Bearer abcd", "Bearer abc")).toBe(false);
    expect(timingSafeEqual("", "Bearer abc")).toBe(false);
    expect(timingSafeEqual("Bearer abc", "")).toBe(false);
    // A received value that repeats the secret (the loop wraps around the secret) is still unequal.
    expect(timingSafeEqual("abcabc", "abc")).toBe(false);
  });

  it("compares UTF-8 bytes: unicode equal and unequal, and strings with equal UTF-16 length but other byte length", () => {
    expect(timingSafeEqual("Token ĳzer-🔑", "Token ĳzer-🔑")).toBe(true);
    expect(timingSafeEqual("Token ĳzer-🔑", "Token ijzer-🔑")).toBe(false);
    expect(timingSafeEqual("é", "e")).toBe(false);
    // NFC and NFD spell the same text with other bytes: a header is compared as sent, byte for byte.
    expect(timingSafeEqual("é".normalize("NFC"), "é".normalize("NFD"))).toBe(false);
  });

  it("visits every byte of the received value: no early exit on the first difference", () => {
    const reads: number[] = [];
    const received = new Uint8Array([0, 1, 2, 3, 4]);
    const spy = new Proxy(received, {
      get(target, key) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads.push(Number(key));
        const value = Reflect.get(target, key);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    expect(timingSafeEqualBytes(spy, new Uint8Array([9, 1, 2, 3, 4]))).toBe(false);
    expect(reads).toEqual([0, 1, 2, 3, 4]);
  });
});
