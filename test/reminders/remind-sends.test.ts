import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLocalSheet } from '#src/store/local/sqlite-sheet.js';
import { loadTemplate } from '#src/store/template.js';
import { openTaskStore } from '#src/store/task-store.js';
import { runCli } from '../support/cli.js';
import { DEMO_PLAN, makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';
import { startZaloEmulator, type ZaloEmulator } from '../support/zalo-emulator/server.js';

const tempDir = useTempDirs();
const TOKEN = '1234567890:zalo-TEST_token-abcdefghijklmnop';
let emu: ZaloEmulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

describe('8. three working days before a deadline, `dondoc remind` reaches Lan on Zalo', () => {
  it('sends once through the real channel, and nothing the second time', async () => {
    const dataDir = tempDir();
    const store = await openTaskStore(openLocalSheet(join(dataDir, 'dondoc.sqlite')), loadTemplate());
    // Deadline Monday 17 June 2024; three working days before is Wednesday 12 June.
    await store.addPlan({
      plan: DEMO_PLAN,
      tasks: [
        makeTask({
          id: 'TN60-12',
          lead: ['Sở Tư pháp'],
          deadline: '2024-06-17',
          content: 'Ban hành kế hoạch phổ biến pháp luật',
        }),
      ],
      agencies: [
        {
          name: 'Sở Tư pháp',
          aliases: [],
          kind: 'department',
          memberKinds: [],
          successor: '',
          telegram: [],
          zalo: ['lan-zalo-id'],
          groupChat: '',
        },
      ],
    });
    await store.close();
    emu = await startZaloEmulator({ token: TOKEN });
    const env = { DATA_DIR: dataDir, ZALO_BOT_TOKEN: TOKEN, ZALO_API_ROOT: emu.root };

    const first = await runCli(['remind', '--at', '2024-06-12T08:00', '--json'], { env });
    expect(first.code).toBe(0);
    const toLan = emu.texts('lan-zalo-id');
    expect(toLan.length).toBeGreaterThan(0);
    expect(toLan.join('\n')).toContain('TN60-12');
    expect(toLan.join('\n')).toMatch(/17\/06\/2024/);

    const second = await runCli(['remind', '--at', '2024-06-12T08:00', '--json'], { env });
    expect(second.code).toBe(0);
    expect(emu.texts('lan-zalo-id')).toEqual(toLan);
  });
});
