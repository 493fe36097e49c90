import type { Config } from '#src/config.js';
import type { FileStore } from './file-store.js';

/** The Drive folder when configured (loaded only then: the local store never pays for googleapis). */
export async function openFileStoreFromConfig(
  config: Config,
  connection: { fetch?: typeof fetch } = {},
): Promise<FileStore> {
  const folderId = config.GOOGLE_DRIVE_FOLDER_ID;
  if (folderId) {
    const { openDriveFolder } = await import('./google/drive-files.js');
    return openDriveFolder({
      folderId,
      ...(config.GOOGLE_APPLICATION_CREDENTIALS ? { keyFile: config.GOOGLE_APPLICATION_CREDENTIALS } : {}),
      ...(config.GOOGLE_API_ROOT ? { apiRoot: config.GOOGLE_API_ROOT } : {}),
      ...(config.GOOGLE_API_KEY ? { apiKey: config.GOOGLE_API_KEY } : {}),
      ...connection,
    });
  }
  const { openLocalFolder } = await import('./local/local-files.js');
  return openLocalFolder(config.DATA_DIR);
}
