import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '#src/app.js';
import { createConfig } from '#src/config.js';
import { createLogger } from '#src/logger.js';
import type { Agency } from '#src/domain/agency.js';
import { ROOT } from '../support/cli.js';
import { TOKEN } from '../support/telegram/harness.js';
import { botMessages, startTestApi, type TestServer } from '../support/telegram/test-api.js';
import { DEMO_PLAN, makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';

const tempDir = useTempDirs();
const PER_USER = 60;
const USERS = [
  { id: 2001, name: 'lan', agency: 'Sở Tư pháp', prefix: 'TN60-' },
  { id: 2002, name: 'binh', agency: 'Sở Y tế', prefix: 'TN61-' },
];
const taskIds = (prefix: string) =>
  Array.from({ length: PER_USER }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);

let server: TestServer | undefined;
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await server?.stop();
});

async function startBot(dir: string, apiRoot: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/telegram/child-bot.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      DATA_DIR: dir,
      TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      DOTENV_CONFIG_PATH: '/dev/null',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const lines = createInterface({ input: child.stdout });
  await new Promise<void>((resolve, reject) => {
    lines.on('line', (line) => line === 'ready' && resolve());
    child.on('exit', (code) => reject(new Error(`the bot exited (${code}) before it was ready`)));
  });
  return child;
}

async function kill(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  child.kill('SIGKILL');
  await exited;
}

describe('the Telegram bot killed with SIGKILL twice during a burst from two focal points', () => {
  it(
    'answers every update received, after the restarts, and writes each exactly once',
    { timeout: 180_000 },
    async () => {
      server = await startTestApi();
      const dir = tempDir();
      const config = createConfig({ DATA_DIR: dir });
      const seed = await createApp(config, createLogger('silent', { pretty: false }));
      const agencies: Agency[] = USERS.map((u) => ({
        name: u.agency,
        aliases: [],
        kind: 'department',
        memberKinds: [],
        successor: '',
        telegram: [String(u.id)],
        zalo: [],
        groupChat: '',
      }));
      const tasks = USERS.flatMap((u) => taskIds(u.prefix).map((id) => makeTask({ id, lead: [u.agency] })));
      await seed.store.addPlan({ plan: DEMO_PLAN, tasks, agencies });
      await seed.close();

      const apiRoot = server.config.apiURL;
      let bot = await startBot(dir, apiRoot);
      const clients = USERS.map((u) =>
        server!.getClient(TOKEN, { userId: u.id, chatId: u.id, userName: u.name, firstName: u.name }),
      );
      const answered = () => {
        const sent = botMessages(server!);
        return USERS.flatMap((u) =>
          taskIds(u.prefix).filter((id) => sent.some((m) => m.chatId === String(u.id) && m.text.includes(id))),
        );
      };
      // The burst: both focal points report all their tasks, interleaved, as fast as they can.
      const burst = (async () => {
        for (let i = 0; i < PER_USER; i++) {
          for (const [n, u] of USERS.entries())
            await clients[n]!.sendMessage(clients[n]!.makeMessage(`/capnhat ${taskIds(u.prefix)[i]} xong`));
        }
      })();

      for (const threshold of [25, 70]) {
        await vi.waitFor(
          () =>
            expect(answered().length, JSON.stringify(botMessages(server!).slice(-3))).toBeGreaterThanOrEqual(threshold),
          { timeout: 60_000, interval: 20 },
        );
        await kill(bot);
        bot = await startBot(dir, apiRoot);
      }
      await burst;
      await vi.waitFor(() => expect(answered().length).toBe(PER_USER * USERS.length), {
        timeout: 90_000,
        interval: 100,
      });
      await kill(bot);

      const after = await createApp(config, createLogger('silent', { pretty: false }));
      for (const id of tasks.map((t) => t.id)) expect(after.store.snapshot().byId.get(id)?.status).toBe('done');
      // The restarted app sends what the killed one left in its outbox: wait for the sheet to have
      // it, then every status is logged exactly once (a second row would stay and fail here too).
      await vi.waitFor(
        async () => {
          const [log] = await after.store.backend.readTabs(['Nhật ký']);
          const col = (name: string) => log!.headers.indexOf(name);
          for (const id of tasks.map((t) => t.id)) {
            const statusRows = log!.rows.filter((row) => row[col('Mã')] === id && row[col('Trường')] === 'Trạng thái');
            expect(statusRows, id).toHaveLength(1);
          }
        },
        { timeout: 30_000, interval: 200 },
      );
      await after.close();
    },
  );
});
