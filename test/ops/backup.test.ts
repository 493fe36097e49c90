import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '#src/app.js';
import { createConfig } from '#src/config.js';
import { backupName, pruneBackups, restoreBackup, takeBackup } from '#src/ops/backup.js';
import { runCli } from '../support/cli.js';
import { DEMO_PLAN, makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';

const tempDir = useTempDirs();
const apps: App[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

const coordinator = {
  channel: 'console',
  id: 'console',
  name: 'Điều phối viên',
  role: { kind: 'coordinator' },
} as const;
const ids = Array.from({ length: 40 }, (_, i) => `TN60-${String(i + 1).padStart(2, '0')}`);
const progressOf = (i: number) => 10 + (i % 9) * 10;

async function openApp(dataDir: string): Promise<App> {
  const app = await createApp(createConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), pino({ level: 'silent' }));
  apps.push(app);
  return app;
}

describe('backups', () => {
  it('taken during a burst of updates, restores every update acknowledged before it', async () => {
    const live = join(tempDir(), 'data');
    const app = await openApp(live);
    await app.store.addPlan({
      plan: DEMO_PLAN,
      tasks: ids.map((id) => makeTask({ id, lead: ['Sở Tư pháp'] })),
      agencies: [],
    });

    const acknowledged: string[] = [];
    let backup: Promise<{ folder: string; before: string[] }> | null = null;
    const out = join(tempDir(), 'backup');
    const burst = ids.map(async (id, i) => {
      const reply = await app.conversation.handle({
        text: `/capnhat ${id} đang làm ${progressOf(i)}%`,
        sender: coordinator,
        chat: { id: 'console', kind: 'private' },
      });
      expect(JSON.stringify(reply)).toContain(`${progressOf(i)}%`);
      acknowledged.push(id);
      // The backup starts while the rest of the burst is still being handled.
      if (acknowledged.length === 10) {
        const before = [...acknowledged];
        backup = takeBackup({ DATA_DIR: live, GOOGLE_SPREADSHEET_ID: undefined }, { out }).then(({ folder }) => ({
          folder,
          before,
        }));
      }
    });
    await Promise.all(burst);
    expect(backup).not.toBeNull();
    const taken = await (backup as unknown as Promise<{ folder: string; before: string[] }>);
    expect(readdirSync(taken.folder).sort()).toEqual(['dondoc.sqlite', 'manifest.json', 'state.sqlite']);

    const restoredDir = join(tempDir(), 'restored');
    const { manifest, previous } = restoreBackup({ DATA_DIR: restoredDir }, taken.folder);
    expect(manifest.files.map((f) => f.name)).toEqual(['state.sqlite', 'dondoc.sqlite']);
    expect(previous).toBeNull();
    const restored = await openApp(restoredDir);
    const snapshot = restored.store.snapshot();
    expect(snapshot.tasks).toHaveLength(ids.length);
    for (const id of taken.before) {
      expect(snapshot.byId.get(id)).toMatchObject({ status: 'in_progress', progress: progressOf(ids.indexOf(id)) });
    }
  });

  it('keeps the plan files the Kế hoạch tab names (not the previews waiting for a yes)', async () => {
    const live = join(tempDir(), 'data');
    const app = await openApp(live);
    await app.store.addPlan({
      plan: DEMO_PLAN,
      tasks: [makeTask({ id: 'TN60-01', lead: ['Sở Tư pháp'] })],
      agencies: [],
    });
    mkdirSync(join(live, 'files', 'incoming', 'a1b2c3'), { recursive: true });
    writeFileSync(join(live, 'files', 'KH-60.docx'), 'kế hoạch 60');
    writeFileSync(join(live, 'files', 'incoming', 'a1b2c3', 'preview.docx'), 'chưa nhập');
    const { folder, manifest } = await takeBackup(
      { DATA_DIR: live, GOOGLE_SPREADSHEET_ID: undefined },
      { out: join(tempDir(), 'b') },
    );
    expect(manifest.documents.map((d) => d.path)).toEqual([join('files', 'KH-60.docx')]);

    const restoredDir = join(tempDir(), 'restored');
    mkdirSync(join(restoredDir, 'files'), { recursive: true });
    writeFileSync(join(restoredDir, 'files', 'other.docx'), 'một tệp khác');
    const { previous } = restoreBackup({ DATA_DIR: restoredDir }, folder);
    expect(readFileSync(join(restoredDir, 'files', 'KH-60.docx'), 'utf8')).toBe('kế hoạch 60');
    expect(existsSync(join(restoredDir, 'files', 'other.docx'))).toBe(false);
    expect(readFileSync(join(previous ?? '', 'files', 'other.docx'), 'utf8')).toBe('một tệp khác');

    writeFileSync(join(folder, 'files', 'KH-60.docx'), 'sửa tay');
    expect(() => restoreBackup({ DATA_DIR: join(tempDir(), 'y') }, folder)).toThrow(
      /tệp files\/KH-60\.docx thiếu hoặc đã bị sửa/,
    );
  });

  it('refuses a damaged backup, and keeps the newest BACKUP_KEEP backups', async () => {
    const live = join(tempDir(), 'data');
    const app = await openApp(live);
    await app.store.addPlan({
      plan: DEMO_PLAN,
      tasks: [makeTask({ id: 'TN60-01', lead: ['Sở Tư pháp'] })],
      agencies: [],
    });
    const folder = join(live, 'backups');
    const times = ['2026-12-01T02:30:00Z', '2026-12-02T02:30:00Z', '2026-12-03T02:30:00Z'];
    for (const at of times)
      await takeBackup({ DATA_DIR: live, GOOGLE_SPREADSHEET_ID: undefined }, { now: new Date(at) });
    expect(pruneBackups(folder, 2)).toEqual([backupName(new Date(times[0] ?? ''))]);
    expect(readdirSync(folder)).toEqual(times.slice(1).map((t) => backupName(new Date(t))));

    const damaged = join(folder, backupName(new Date(times[2] ?? '')));
    writeFileSync(join(damaged, 'dondoc.sqlite'), 'not a database');
    expect(() => restoreBackup({ DATA_DIR: join(tempDir(), 'x') }, damaged)).toThrow(/bị hỏng: tệp dondoc\.sqlite/);
  });

  // Three child processes: a generous budget on a loaded machine.
  it(
    'npx dondoc backup / restore: refused while the bot runs, then put back with the replaced files kept aside',
    { timeout: 120_000 },
    async () => {
      const live = join(tempDir(), 'data');
      const app = await openApp(live);
      await app.store.addPlan({
        plan: DEMO_PLAN,
        tasks: [makeTask({ id: 'TN60-01', lead: ['Sở Tư pháp'] })],
        agencies: [],
      });
      const out = join(tempDir(), 'copy');
      const env = { DATA_DIR: live, LOG_LEVEL: 'silent' };

      const backedUp = await runCli(['backup', '--out', out], { env });
      expect(backedUp.stderr).toBe('');
      expect(backedUp.code).toBe(0);
      expect(backedUp.stdout).toContain(`Đã sao lưu vào thư mục «${out}»`);

      // A live process named in the pid file: this test's own process stands for the bot.
      writeFileSync(join(live, 'dondoc.pid'), `${process.pid}\n`);
      const refused = await runCli(['restore', out], { env });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`Bot đang chạy (tiến trình ${process.pid})`);
      expect(refused.stderr).toContain('systemctl stop dondoc');

      await app.close();
      writeFileSync(join(live, 'dondoc.pid'), '999999999\n'); // left by a bot that died
      const restored = await runCli(['restore', out], { env });
      expect(restored.stderr).toBe('');
      expect(restored.code).toBe(0);
      const aside = readdirSync(live).find((name) => name.startsWith('before-restore-'));
      expect(aside).toBeDefined();
      expect(existsSync(join(live, aside ?? '', 'dondoc.sqlite'))).toBe(true);
      const reopened = await openApp(live);
      expect(reopened.store.snapshot().byId.get('TN60-01')).toBeDefined();
    },
  );
});
