import { Readable } from 'node:stream';
import { auth as googleAuth, drive, type drive_v3 } from 'googleapis/build/src/apis/drive/index.js';
import { z } from 'zod';
import type { FileStore, FileToKeep, StoredFile } from '../file-store.js';
import { safeFileName } from '../local/local-files.js';
import { readServiceAccountKey } from './client.js';
import { DEFAULT_RETRY, sanitizeGoogleError, statusOf, withRetry, type RetryOptions } from './retry.js';

/**
 * Evidence files in a Google Drive folder (GOOGLE_DRIVE_FOLDER_ID), uploaded as the service
 * account with Drive v3 (`files.create`, a multipart upload of the metadata and the bytes).
 * The folder must be shared with the service account as an editor; a service account has no
 * storage of its own, so the folder belongs in a shared drive (Drive dùng chung), which is
 * why every call says `supportsAllDrives`. The link kept in the sheet is the file's page.
 */
export interface DriveFolderOptions {
  folderId: string;
  keyFile?: string;
  /** A Drive-compatible server and its API key (the tests' fake). */
  apiRoot?: string;
  apiKey?: string;
  fetch?: typeof fetch;
  retry?: Partial<RetryOptions>;
}

/** Files the bot creates, in folders shared with it: the full scope, as the folder is not the app's own. */
const SCOPES = ['https://www.googleapis.com/auth/drive'];

const Created = z.object({ id: z.string().min(1), name: z.string().optional(), webViewLink: z.string().optional() });
const Folder = z.object({ id: z.string(), name: z.string().optional(), mimeType: z.string().optional() });

function driveClient(options: DriveFolderOptions): drive_v3.Drive {
  let auth: string | InstanceType<typeof googleAuth.GoogleAuth>;
  if (options.apiKey) auth = options.apiKey;
  else if (options.keyFile) {
    const key = readServiceAccountKey(options.keyFile);
    auth = new googleAuth.GoogleAuth({
      credentials: { client_email: key.client_email, private_key: key.private_key },
      scopes: SCOPES,
    });
  } else throw new Error('Cần GOOGLE_APPLICATION_CREDENTIALS, hoặc GOOGLE_API_ROOT cùng GOOGLE_API_KEY.');
  return drive({
    version: 'v3',
    auth,
    // Retries are ours (withRetry); uploads can take a while on a slow line.
    retry: false,
    timeout: 120_000,
    ...(options.fetch ? { fetchImplementation: options.fetch } : {}),
    ...(options.apiRoot ? { rootUrl: options.apiRoot.endsWith('/') ? options.apiRoot : `${options.apiRoot}/` } : {}),
  });
}

export function openDriveFolder(options: DriveFolderOptions): FileStore {
  const client = driveClient(options);
  const retry: RetryOptions = { ...DEFAULT_RETRY, retries: 3, ...options.retry };
  const { folderId } = options;
  const rootUrl = options.apiRoot
    ? options.apiRoot.endsWith('/')
      ? options.apiRoot
      : `${options.apiRoot}/`
    : undefined;
  return {
    kind: 'drive',
    where: folderId,
    async keep(file: FileToKeep): Promise<StoredFile> {
      const name = safeFileName(file.name);
      try {
        const response = await withRetry(
          () =>
            client.files.create(
              {
                requestBody: {
                  name,
                  parents: [folderId],
                  description: file.description,
                  appProperties: { dondocTask: file.taskId },
                },
                // A fresh stream for every attempt: a stream is read once.
                media: { mimeType: file.mime, body: Readable.from([Buffer.from(file.bytes)]) },
                fields: 'id,name,webViewLink',
                supportsAllDrives: true,
              },
              // googleapis rewrites a global rootUrl for the metadata address only, not the upload's.
              rootUrl ? { rootUrl } : {},
            ),
          retry,
        );
        const created = Created.parse(response.data);
        return {
          id: created.id,
          name: created.name ?? name,
          url: created.webViewLink ?? `https://drive.google.com/file/d/${encodeURIComponent(created.id)}/view`,
        };
      } catch (error) {
        throw sanitizeGoogleError(error);
      }
    },
    async check() {
      try {
        const response = await withRetry(
          () => client.files.get({ fileId: folderId, fields: 'id,name,mimeType', supportsAllDrives: true }),
          retry,
        );
        const folder = Folder.parse(response.data);
        if (folder.mimeType && folder.mimeType !== 'application/vnd.google-apps.folder')
          return { ok: false, detail: `GOOGLE_DRIVE_FOLDER_ID (${folderId}) không phải một thư mục Drive.` };
        return { ok: true, detail: `tệp minh chứng lưu vào thư mục Drive «${folder.name ?? folderId}».` };
      } catch (error) {
        const status = statusOf(error);
        const why =
          status === 404 || status === 403
            ? 'không mở được thư mục: hãy chia sẻ thư mục (trong một Drive dùng chung) cho tài khoản dịch vụ với quyền Người quản lý nội dung hoặc Người chỉnh sửa'
            : sanitizeGoogleError(error).description;
        return { ok: false, detail: `thư mục Drive ${folderId}: ${why}.` };
      }
    },
  };
}
