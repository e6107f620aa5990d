/** The zaken workflows, re-exported from `commonground-sdk/zaken` and its version entries. */
export {};
