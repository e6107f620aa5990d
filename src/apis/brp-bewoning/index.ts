/** The brp-bewoning workflows, re-exported from `commonground-sdk/brp-bewoning` and its version entries. */
export {};
