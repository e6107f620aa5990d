/** The objecten workflows, re-exported from `commonground-sdk/objecten` and its version entries. */
export {};
