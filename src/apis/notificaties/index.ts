/** The notificaties workflows, re-exported from `commonground-sdk/notificaties` and its version entries. */
export {};
