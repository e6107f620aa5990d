/** The documenten workflows, re-exported from `commonground-sdk/documenten` and its version entries. */
export {};
