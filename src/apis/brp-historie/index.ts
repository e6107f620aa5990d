/** The brp-historie workflows, re-exported from `commonground-sdk/brp-historie` and its version entries. */
export {};
