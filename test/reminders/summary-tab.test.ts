import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLocalSheet } from '#src/store/local/sqlite-sheet.js';
import { googleSheet, initSheet, template, useSheetsFake } from '../support/sheets-fake/harness.js';
import { useTempDirs } from '../support/temp.js';

/** replaceRows, the port method the digest uses for the Tổng hợp tab, on both backends. */
const TAB = 'Tổng hợp';
const startFake = useSheetsFake();
const tempDir = useTempDirs();
const row = (agency: string, total: number) => ({
  'Cơ quan': agency,
  'Tổng số': String(total),
  'Tỷ lệ quá hạn': '=1+1',
});

describe('replaceRows', () => {
  it('replaces the rows of a Google Sheet tab, keeps the header, writes RAW, and clears what was below', async () => {
    const fake = await startFake();
    await initSheet(fake);
    const backend = googleSheet(fake);
    await backend.replaceRows(TAB, [row('Sở Nội vụ', 3), row('Sở Tư pháp', 2), row('Sở Y tế', 1)]);
    // As the API reads it back: rows left empty are not returned.
    const read = async () => (await backend.readTabs([TAB]))[0] ?? { headers: [], rows: [] };
    expect((await read()).headers.slice(0, 2)).toEqual(['Cơ quan', 'Tổng số']);
    expect((await read()).rows.map((r) => [r[0], r[1], r[6]])).toEqual([
      ['Sở Nội vụ', '3', '=1+1'],
      ['Sở Tư pháp', '2', '=1+1'],
      ['Sở Y tế', '1', '=1+1'],
    ]);
    fake.resetCalls();
    await backend.replaceRows(TAB, [row('Sở Tài chính', 9)]);
    expect(fake.calls.filter((c) => c.method !== 'GET').map((c) => c.api)).toEqual(['values.update', 'values.clear']);
    expect((await read()).rows.map((r) => r[0])).toEqual(['Sở Tài chính']);
    await backend.replaceRows(TAB, []);
    expect((await read()).rows).toEqual([]);
  });

  it('grows the grid when the rows would not fit', async () => {
    const fake = await startFake();
    await initSheet(fake);
    const tab = fake.sheet.tab(TAB);
    if (!tab) throw new Error('no tab');
    tab.properties.gridProperties.rowCount = 3;
    const backend = googleSheet(fake);
    await backend.replaceRows(
      TAB,
      Array.from({ length: 10 }, (_, i) => row(`Cơ quan ${i + 1}`, i)),
    );
    expect((await backend.readTabs([TAB]))[0]?.rows).toHaveLength(10);
    expect(tab.properties.gridProperties.rowCount).toBeGreaterThanOrEqual(12);
  });

  it('replaces the rows of a local sheet tab', async () => {
    const backend = openLocalSheet(join(tempDir(), 'sheet.sqlite'));
    await backend.ensureTabs(template);
    const before = await backend.version();
    await backend.replaceRows(TAB, [row('Sở Nội vụ', 3), row('Sở Tư pháp', 2)]);
    await backend.replaceRows(TAB, [row('Sở Y tế', 1)]);
    const [values] = await backend.readTabs([TAB]);
    expect(values?.rows.map((r) => [r[0], r[1]])).toEqual([['Sở Y tế', '1']]);
    expect(await backend.version()).not.toBe(before);
    await expect(backend.replaceRows('Không có', [])).rejects.toThrow('does not exist');
    await backend.close();
  });
});
