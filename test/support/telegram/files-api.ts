import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Files for the Telegram emulator. telegram-test-api has no getFile, no file downloads and no
 * sendDocument; this server stands in front of it on 127.0.0.1 and answers those three as the
 * Bot API does (getFile → file_path, GET /file/bot<token>/<file_path> → the bytes,
 * sendDocument as multipart → a message), forwarding every other call to the emulator.
 */
export interface SentDocument {
  chatId: string;
  name: string;
  caption: string;
  bytes: Uint8Array;
}

export interface FilesApi {
  /** The API root to give grammY (TELEGRAM_API_ROOT). */
  url: string;
  /** Stores a file as if a user had uploaded it; returns the document object of the message. */
  upload(
    name: string,
    bytes: Uint8Array,
    mimeType?: string,
  ): { file_id: string; file_unique_id: string; file_name: string; file_size: number; mime_type: string };
  documents: SentDocument[];
  /** getFile calls seen, by file_id. */
  fileRequests: string[];
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
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

interface Part {
  value: string;
  filename?: string;
  bytes: Uint8Array;
}

/** multipart/form-data by hand: undici's parser refuses grammY's stream (it ends without CRLF). */
function multipart(body: Buffer, boundary: string): Map<string, Part> {
  const parts = new Map<string, Part>();
  const delimiter = Buffer.from(`--${boundary}`);
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length;
    const end = body.indexOf(delimiter, start);
    if (end < 0) break;
    const chunk = body.subarray(start, end);
    const split = chunk.indexOf('\r\n\r\n');
    if (split >= 0) {
      const head = chunk.subarray(0, split).toString('utf8');
      let content = chunk.subarray(split + 4);
      if (content.subarray(-2).toString() === '\r\n') content = content.subarray(0, -2);
      const name = /name="([^"]*)"/.exec(head)?.[1];
      const filename = /filename="?([^";\r\n]+)"?/.exec(head)?.[1];
      if (name !== undefined)
        parts.set(name, {
          value: content.toString('utf8'),
          bytes: new Uint8Array(content),
          ...(filename !== undefined ? { filename } : {}),
        });
    }
    at = end;
  }
  return parts;
}

/** The request's fields, JSON or multipart (grammY sends multipart when a file goes up). */
function fields(req: IncomingMessage, body: Buffer): Map<string, Part> {
  const type = req.headers['content-type'] ?? '';
  const boundary = /boundary=("?)([^";]+)\1/.exec(type)?.[2];
  if (type.startsWith('multipart/form-data') && boundary) return multipart(body, boundary);
  const data = body.length > 0 ? (JSON.parse(body.toString('utf8')) as Record<string, unknown>) : {};
  return new Map(Object.entries(data).map(([key, value]) => [key, { value: String(value), bytes: new Uint8Array() }]));
}

export async function startFilesApi(upstream: string): Promise<FilesApi> {
  const files = new Map<string, { name: string; bytes: Uint8Array }>();
  const documents: SentDocument[] = [];
  const fileRequests: string[] = [];
  let next = 1;
  let messageId = 900_000;

  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await read(req);
      const url = new URL(req.url ?? '/', 'http://local');
      const download = /^\/file\/bot[^/]+\/(.+)$/.exec(url.pathname);
      if (req.method === 'GET' && download) {
        const file = files.get(decodeURIComponent(download[1] ?? '').replace(/^documents\//, ''));
        if (!file) return json(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
        res.writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-length': String(file.bytes.byteLength),
        });
        return res.end(Buffer.from(file.bytes));
      }
      const method = /^\/bot[^/]+\/(\w+)$/.exec(url.pathname)?.[1];
      if (method === 'getFile') {
        const id = fields(req, body).get('file_id')?.value ?? '';
        fileRequests.push(id);
        const file = files.get(id);
        if (!file) return json(res, 400, { ok: false, error_code: 400, description: 'Bad Request: invalid file_id' });
        return json(res, 200, {
          ok: true,
          result: {
            file_id: id,
            file_unique_id: `u${id}`,
            file_size: file.bytes.byteLength,
            file_path: `documents/${id}`,
          },
        });
      }
      if (method === 'sendDocument') {
        const data = fields(req, body);
        // grammY uploads the file under its own field and names it «attach://<field>».
        const field = data.get('document');
        const document = field?.value.startsWith('attach://') ? data.get(field.value.slice('attach://'.length)) : field;
        if (!document?.filename)
          return json(res, 400, {
            ok: false,
            error_code: 400,
            description: 'Bad Request: there is no document in the request',
          });
        const name = document.filename;
        const chatId = data.get('chat_id')?.value ?? '';
        documents.push({ chatId, name, caption: data.get('caption')?.value ?? '', bytes: document.bytes });
        messageId += 1;
        return json(res, 200, {
          ok: true,
          result: {
            message_id: messageId,
            date: Math.floor(Date.now() / 1000),
            chat: { id: Number(chatId), type: 'private' },
            document: { file_id: `sent${messageId}`, file_unique_id: `s${messageId}`, file_name: name },
          },
        });
      }
      // Everything else is the emulator's.
      const forwarded = await fetch(`${upstream}${url.pathname}${url.search}`, {
        method: req.method ?? 'GET',
        headers: req.headers['content-type'] ? { 'content-type': req.headers['content-type'] } : {},
        ...(req.method === 'GET' || req.method === 'HEAD' ? {} : { body }),
      });
      res.writeHead(forwarded.status, { 'content-type': forwarded.headers.get('content-type') ?? 'application/json' });
      res.end(Buffer.from(await forwarded.arrayBuffer()));
    })().catch((error: unknown) => json(res, 500, { ok: false, error_code: 500, description: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    upload(name, bytes, mimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') {
      const id = `doc${next++}`;
      files.set(id, { name, bytes });
      return {
        file_id: id,
        file_unique_id: `u${id}`,
        file_name: name,
        file_size: bytes.byteLength,
        mime_type: mimeType,
      };
    },
    documents,
    fileRequests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
