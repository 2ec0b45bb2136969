/** Limits that protect the app from oversized input; each has a message the user sees. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Base64 grows bytes by 4/3. */
export const MAX_FILE_BASE64 = Math.ceil(MAX_FILE_BYTES / 3) * 4;
export const MAX_BATCH_FILES = 300;
export const MAX_NOTE_CHARS = 2_000;
export const MAX_NARRATIVE_CHARS = 20_000;
export const MAX_FILE_NAME_CHARS = 255;
