import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { fileLine, documentLine, evidenceLinks } from '#src/domain/evidence.js';
import { textRuns } from '#src/store/google/linked-cells.js';
import { openLocalSheet } from '#src/store/local/sqlite-sheet.js';
import { openTaskStore } from '#src/store/task-store.js';
import { DEMO_PLAN, makeTask } from '../support/tasks.js';
import { useTempDirs } from '../support/temp.js';
import { initSheet, openGoogleStore, template, useSheetsFake } from '../support/sheets-fake/harness.js';

/**
 * The Minh chứng column (issue #17): `sheet init` appends it to a sheet made before it, without
 * touching anything else; the bot writes it with its links (Google: one updateCells round with
 * text runs; the local sheet: its links table), and a value from a person never becomes a formula.
 */
const startFake = useSheetsFake();
const tempDir = useTempDirs();
const TASKS = 'Nhiệm vụ';
const origin = {
  by: 'Lan (Sở Tư pháp)',
  channel: 'telegram',
  message: 'TN60-12 xong',
  at: DateTime.fromISO('2024-06-15T09:00:00'),
};
const line = (name: string, url: string) => fileLine({ name, at: '15/06/2024 09:00', by: 'Lan (Sở Tư pháp)', url });

describe('the Minh chứng cell', () => {
  it('is appended by sheet init to a sheet made before it, the rest left as it was', async () => {
    const fake = await startFake();
    const headers = template
      .tab('tasks')
      .columns.map((c) => c.header)
      .filter((h) => h !== 'Minh chứng');
    const tab = fake.sheet.addTab(TASKS);
    [...headers, 'Ý kiến lãnh đạo'].forEach((h, i) => fake.sheet.setCell(tab, 0, i, h));
    fake.sheet.setCell(tab, 1, 0, 'TN60-12');
    fake.sheet.setCell(tab, 1, headers.length, 'Làm gấp');
    const before = fake.coordinator.rows(TASKS);

    const report = await initSheet(fake);
    expect(report.addedColumns[TASKS]).toEqual(['Minh chứng']);
    const after = fake.coordinator.rows(TASKS);
    expect(after[0]).toEqual([...(before[0] ?? []), 'Minh chứng']);
    expect(after[1]).toEqual(before[1]);
  });

  it('is written with one link per file on Google, and a status written later leaves the links alone', async () => {
    const fake = await startFake();
    await initSheet(fake);
    const store = await openGoogleStore(fake, tempDir());
    await store.addPlan({ plan: DEMO_PLAN, tasks: [makeTask({ id: 'TN60-12' })], agencies: [] });
    const cell = [
      line('=cmd|x.pdf', 'https://drive.google.com/file/d/a/view'),
      documentLine('CV số 123/STP-VP'),
      line('ảnh 2.jpg', 'https://drive.google.com/file/d/b/view'),
    ].join('\n');
    expect(await store.updateTask({ id: 'TN60-12', fields: { evidence: cell }, origin })).toMatchObject({
      status: 'applied',
    });
    const links = () => fake.coordinator.linksIn(TASKS, 'Mã', 'TN60-12', 'Minh chứng');
    expect(fake.coordinator.cell(TASKS, 'Mã', 'TN60-12', 'Minh chứng')).toBe(cell);
    expect(links()).toEqual([
      { text: '=cmd|x.pdf', uri: 'https://drive.google.com/file/d/a/view' },
      { text: 'ảnh 2.jpg', uri: 'https://drive.google.com/file/d/b/view' },
    ]);
    expect(fake.sheet.tab(TASKS)?.formulas.size).toBe(0);

    await store.updateTask({ id: 'TN60-12', fields: { status: 'in_progress' }, origin });
    expect(fake.coordinator.cell(TASKS, 'Mã', 'TN60-12', 'Trạng thái')).toBe('Đang thực hiện');
    expect(links()).toHaveLength(2);
    await store.close();
  });

  it('keeps its links in the local sheet, and drops them when written without', async () => {
    const path = join(tempDir(), 'sheet.sqlite');
    const backend = openLocalSheet(path);
    const linksKept = () => {
      const db = new Database(path, { readonly: true });
      try {
        return db
          .prepare<[], { links: string }>('SELECT links FROM links')
          .all()
          .map((r) => JSON.parse(r.links) as unknown);
      } finally {
        db.close();
      }
    };
    const store = await openTaskStore(backend, template, { refreshIntervalMs: 0 });
    await store.addPlan({ plan: DEMO_PLAN, tasks: [makeTask({ id: 'TN60-12' })], agencies: [] });
    const cell = line('bien-ban.pdf', 'file:///srv/dondoc/data/files/minh-chung/TN60-12/bien-ban.pdf');
    await store.updateTask({ id: 'TN60-12', fields: { evidence: cell }, origin });
    expect(store.snapshot().byId.get('TN60-12')?.evidence).toBe(cell);
    expect(linksKept()).toEqual([evidenceLinks(cell)]);
    const update = { tab: TASKS, keyHeader: 'Mã', key: 'TN60-12', cells: { 'Minh chứng': 'Văn bản: QĐ 45/QĐ-UBND' } };
    expect(await backend.updateRows([update])).toMatchObject([{ status: 'applied', previous: { 'Minh chứng': cell } }]);
    expect(linksKept()).toEqual([]);
    await store.close();
  });
});

describe('links over the cell text', () => {
  it('covers each file line’s name, in UTF-16 units as Google counts them', () => {
    const cell = [documentLine('Quyết định 45/QĐ-UBND'), line('Biên bản 😀.pdf', 'https://x.example/1')].join('\n');
    const [link] = evidenceLinks(cell);
    expect(cell.slice(link?.start, link?.end)).toBe('Biên bản 😀.pdf');
    expect(textRuns(cell, evidenceLinks(cell))).toEqual([
      { startIndex: link?.start, format: { link: { uri: 'https://x.example/1' } } },
      { startIndex: link?.end, format: {} },
    ]);
  });

  it('never links a line the bot did not write as a file line', () => {
    expect(evidenceLinks('Tệp: x.pdf (hôm qua, Lan) https://x.example/1\nVăn bản: javascript:alert(1)')).toEqual([]);
  });
});
