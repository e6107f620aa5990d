/** The generated facts the mock reads; the type lives in `src/core` because generated modules use it. */
export type { MockFacts, MockOperationFacts, SchemaObject } from "../../core/mock-facts.js";
