/**
 * Where evidence files are kept (issue #17): a Google Drive folder when GOOGLE_DRIVE_FOLDER_ID
 * is set (uploaded as the service account), otherwise DATA_DIR/files/minh-chung/. Chosen at
 * start-up like the sheet (src/app.ts); both implementations are real, the tests run the Drive
 * one against a fake of the Drive API over HTTP. Opened by `open-files.ts`.
 */
export interface FileToKeep {
  /** The name as sent (cleaned by the store). */
  name: string;
  bytes: Uint8Array;
  mime: string;
  /** The task the file is evidence of: a folder on disk, a property in Drive. */
  taskId: string;
  /** One line for the file's description: who sent it, when, with which words. */
  description: string;
}

export interface StoredFile {
  id: string;
  /** The name under which it is kept. */
  name: string;
  /** What the Minh chứng cell links to: the Drive file's page, or a file:// address on disk. */
  url: string;
}

export interface FileStore {
  readonly kind: 'drive' | 'local';
  /** The Drive folder id or the folder on disk (logs, doctor). */
  readonly where: string;
  keep(file: FileToKeep): Promise<StoredFile>;
  /** Whether files can be kept there now, in one Vietnamese line (doctor). */
  check(): Promise<{ ok: boolean; detail: string }>;
}
