/** The brk workflows, re-exported from `commonground-sdk/brk` and its version entries. */
export {};
