import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fake of the Drive API v3 over real HTTP on 127.0.0.1, for the evidence uploads: the real
 * googleapis client sends `files.create` as a multipart/related upload to
 * /upload/drive/v3/files?uploadType=multipart (metadata JSON, then the bytes), and
 * `files.get` of the folder (doctor). Every other call is forwarded to `upstream` (the Sheets
 * fake, which also answers Drive's files.get of the spreadsheet), so one GOOGLE_API_ROOT serves both.
 */
export interface DriveFakeFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  description: string;
  appProperties: Record<string, string>;
  bytes: Uint8Array;
  webViewLink: string;
}

export interface DriveFake {
  url: string;
  readonly folderId: string;
  files: DriveFakeFile[];
  /** The next `count` uploads answer `status` (nothing stored). */
  failUploads(count: number, status?: number): void;
  close(): Promise<void>;
}

const read = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
  res.end(JSON.stringify(body));
};

const failure = (res: ServerResponse, code: number, message: string) =>
  json(res, code, { error: { code, message, errors: [{ message, domain: 'global', reason: 'fake' }] } });

/** multipart/related as Google reads it: parts between «--boundary» lines, each with its own headers. */
export function relatedParts(body: Buffer, boundary: string): Array<{ type: string; content: Buffer }> {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Array<{ type: string; content: Buffer }> = [];
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const end = body.indexOf(delimiter, start);
    if (end < 0) break;
    const chunk = body.subarray(start, end);
    const split = chunk.indexOf('\r\n\r\n');
    if (split >= 0) {
      const head = chunk.subarray(0, split).toString('utf8');
      let content = chunk.subarray(split + 4);
      if (content.subarray(-2).toString() === '\r\n') content = content.subarray(0, -2);
      parts.push({ type: /content-type:\s*([^\r\n;]+)/i.exec(head)?.[1]?.trim() ?? '', content });
    }
    at = end;
  }
  return parts;
}

export async function startDriveFake(
  options: { apiKey?: string; upstream?: string; folderId?: string } = {},
): Promise<DriveFake> {
  const apiKey = options.apiKey ?? 'fake-api-key';
  const folderId = options.folderId ?? 'minh-chung-folder-0123456789';
  const files: DriveFakeFile[] = [];
  const faults: number[] = [];
  let next = 1;

  const upload = (req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer) => {
    if (url.searchParams.get('uploadType') !== 'multipart')
      return failure(res, 400, 'fake: only multipart uploads are implemented');
    const boundary = /boundary=("?)([^";]+)\1/.exec(req.headers['content-type'] ?? '')?.[2];
    const parts = boundary ? relatedParts(body, boundary) : [];
    const [meta, media] = parts;
    if (!meta || !media || meta.type !== 'application/json') return failure(res, 400, 'Malformed multipart body.');
    const metadata = JSON.parse(meta.content.toString('utf8')) as Partial<DriveFakeFile>;
    const parents = metadata.parents ?? [];
    if (!parents.includes(folderId) || url.searchParams.get('supportsAllDrives') !== 'true')
      return failure(res, 404, `File not found: ${parents.join(',')}.`);
    const id = `file${next++}`;
    const file: DriveFakeFile = {
      id,
      name: metadata.name ?? 'Untitled',
      mimeType: media.type,
      parents,
      description: metadata.description ?? '',
      appProperties: metadata.appProperties ?? {},
      bytes: new Uint8Array(media.content),
      webViewLink: `https://drive.google.com/file/d/${id}/view?usp=drivesdk`,
    };
    files.push(file);
    const fields = (url.searchParams.get('fields') ?? 'id,name').split(',');
    return json(res, 200, Object.fromEntries(fields.map((f) => [f, file[f.trim() as keyof DriveFakeFile]])));
  };

  const server = createServer((req, res) => {
    void (async () => {
      const body = await read(req);
      const url = new URL(req.url ?? '/', 'http://fake');
      const isUpload = req.method === 'POST' && url.pathname === '/upload/drive/v3/files';
      const getFolder = req.method === 'GET' && url.pathname === `/drive/v3/files/${folderId}`;
      if (isUpload || getFolder) {
        if (url.searchParams.get('key') !== apiKey) return failure(res, 403, 'The request is missing a valid API key.');
        const status = isUpload ? faults.shift() : undefined;
        if (status !== undefined) return failure(res, status, 'Internal error encountered.');
        if (isUpload) return upload(req, res, url, body);
        return json(res, 200, { id: folderId, name: 'Minh chứng KH', mimeType: 'application/vnd.google-apps.folder' });
      }
      if (!options.upstream) return failure(res, 404, `Not found: ${url.pathname}`);
      const forwarded = await fetch(`${options.upstream}${url.pathname}${url.search}`, {
        method: req.method ?? 'GET',
        headers: req.headers['content-type'] ? { 'content-type': req.headers['content-type'] } : {},
        ...(req.method === 'GET' || req.method === 'HEAD' ? {} : { body }),
      });
      res.writeHead(forwarded.status, { 'content-type': forwarded.headers.get('content-type') ?? 'application/json' });
      res.end(Buffer.from(await forwarded.arrayBuffer()));
    })().catch((error: unknown) => failure(res, 500, String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    folderId,
    files,
    failUploads: (count, status = 500) => faults.push(...Array.from({ length: count }, () => status)),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
