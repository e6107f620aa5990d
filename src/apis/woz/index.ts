/** The woz workflows, re-exported from `commonground-sdk/woz` and its version entries. */
export {};
