import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTelegramChannel } from '#src/channels/telegram/channel.js';
import type { Transformer } from '#src/channels/telegram/types.js';
import { createConfig } from '#src/config.js';
import type { Clock } from '#src/domain/clock.js';
import { createApp, type App } from '#src/app.js';
import { DEMO_PLAN, makeTask } from '../tasks.js';
import { startFilesApi, type FilesApi } from './files-api.js';
import { AGENCIES, capturedLogger, COORDINATOR, TOKEN } from './harness.js';
import { recorder, type ApiCall } from './recorder.js';
import { startTestApi, type TestServer } from './test-api.js';

/**
 * The real app's Telegram channel (grammY over HTTP) against telegram-test-api, with the
 * files server in front of it for getFile and downloads: people send documents and photos with
 * a caption, as they would from their phones. TN60-12 is led by Sở Tư pháp, whose focal point
 * is FOCAL; TN60-20 by Sở Y tế.
 */
export type TgUser = typeof COORDINATOR;

export interface FileChat {
  app: App;
  server: TestServer;
  files: FilesApi;
  dataDir: string;
  logs: ReturnType<typeof capturedLogger>;
  /** Sends a document; resolves with the bot's next message to that user. */
  sendFile(user: TgUser, name: string, bytes: Uint8Array, caption?: string, size?: number): Promise<string>;
  sendPhoto(user: TgUser, bytes: Uint8Array, caption?: string): Promise<string>;
  say(user: TgUser, text: string): Promise<string>;
  close(): Promise<void>;
}

const idlePolling: Transformer = async (prev, method, payload, signal) => {
  const result = await prev(method, payload, signal);
  if (method === 'getUpdates' && result.ok && Array.isArray(result.result) && result.result.length === 0) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return result;
};

export async function startFileChat(env: Record<string, string>, clock: Clock): Promise<FileChat> {
  const server = await startTestApi();
  const files = await startFilesApi(server.config.apiURL);
  const dataDir = mkdtempSync(join(tmpdir(), 'dondoc-tg-evidence-'));
  const seen = recorder({ fake: false });
  const logs = capturedLogger();
  const config = createConfig({
    DATA_DIR: dataDir,
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: files.url,
    COORDINATORS: `telegram:${COORDINATOR.id}`,
    ...env,
  });
  const app = await createApp(config, logs.logger, clock);
  await app.store.addPlan({
    plan: DEMO_PLAN,
    tasks: [
      makeTask({ id: 'TN60-12', order: '12', lead: ['Sở Tư pháp'], content: 'Ban hành quy chế phối hợp' }),
      makeTask({ id: 'TN60-20', order: '20', lead: ['Sở Y tế'], content: 'Kiểm tra an toàn thực phẩm' }),
    ],
    agencies: AGENCIES,
  });
  const channel = createTelegramChannel(app, { transformers: [seen.transformer, idlePolling], flood: false });
  app.adapters.push(channel);
  await channel.start();

  const clientOf = (user: TgUser) =>
    server.getClient(TOKEN, { userId: user.id, chatId: user.id, userName: user.username, firstName: user.first_name });
  const sentTo = (chatId: number) => (call: ApiCall) =>
    call.method === 'sendMessage' && call.payload.chat_id === String(chatId);
  /** A message with a file has no text: the emulator's message maker always sets one. */
  const sendWith = async (user: TgUser, fields: Record<string, unknown>) => {
    const client = clientOf(user);
    const message: Record<string, unknown> = {
      ...(client.makeMessage('') as unknown as Record<string, unknown>),
      ...fields,
    };
    delete message.text;
    const mark = seen.calls.length;
    await client.sendMessage(message);
    return String((await seen.waitFor(sentTo(user.id), mark)).payload.text);
  };

  return {
    app,
    server,
    files,
    dataDir,
    logs,
    sendFile(user, name, bytes, caption, size) {
      const document = { ...files.upload(name, bytes), ...(size !== undefined ? { file_size: size } : {}) };
      return sendWith(user, { document, ...(caption !== undefined ? { caption } : {}) });
    },
    sendPhoto(user, bytes, caption) {
      const { file_id, file_unique_id, file_size } = files.upload('photo.jpg', bytes, 'image/jpeg');
      const photo = [
        { file_id: `${file_id}-small`, file_unique_id: `${file_unique_id}s`, width: 90, height: 60, file_size: 10 },
        { file_id, file_unique_id, width: 1280, height: 960, file_size },
      ];
      return sendWith(user, { photo, ...(caption !== undefined ? { caption } : {}) });
    },
    async say(user, text) {
      const client = clientOf(user);
      const mark = seen.calls.length;
      await client.sendMessage(client.makeMessage(text));
      return String((await seen.waitFor(sentTo(user.id), mark)).payload.text);
    },
    async close() {
      await app.close();
      await files.close();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Small real files: the bytes each type starts with, then some content. */
export const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');
export const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
export const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1, 1, 0, 0, 1]);
