/** The brp-personen workflows, re-exported from `commonground-sdk/brp-personen` and its version entries. */
export {};
