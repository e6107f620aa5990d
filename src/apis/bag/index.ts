/** The bag workflows, re-exported from `commonground-sdk/bag` and its version entries. */
export {};
