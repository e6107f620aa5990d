/** The catalogi workflows, re-exported from `commonground-sdk/catalogi` and its version entries. */
export {};
