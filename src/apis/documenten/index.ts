/** The documenten workflows, re-exported from `commonground-sdk/documenten` and its version entries. */
export type { DocumentContent, SizedStream } from "./document-content.js";
export { downloadDocument } from "./download-document.js";
export type { DocumentenDownloader, DownloadOptions, DownloadedDocument } from "./download-document.js";
export { resumeUpload } from "./resume-upload.js";
export type { ResumeUploadInput } from "./resume-upload.js";
export type { UploadProgress } from "./send-parts.js";
export { DEFAULT_INLINE_LIMIT, DEFAULT_PART_CONCURRENCY, uploadDocument } from "./upload-document.js";
export type { DocumentMetadata, DocumentenUploader, UploadDocumentInput, UploadOptions, UploadedDocument } from "./upload-document.js";
export { withLock } from "./with-lock.js";
export type { DocumentenLocker } from "./with-lock.js";
export { UploadError, isUploadError } from "../../errors/upload-error.js";
export type { UploadErrorDetails } from "../../errors/upload-error.js";
export { LockError, isLockError } from "../../errors/lock-error.js";
