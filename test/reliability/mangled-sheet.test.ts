import { describe, expect, it } from 'vitest';
import { createAgencyLookup } from '#src/domain/agencies/index.js';
import { tasksOfAgency } from '#src/conversation/agency-tasks.js';
import { buildSnapshot } from '#src/store/snapshot.js';
import { loadTemplate } from '#src/store/template.js';

const template = loadTemplate();

/** 10,000 rows as a tired coordinator might leave them. */
function mangledRows(): string[][] {
  const rows: string[][] = [];
  for (let i = 1; i <= 10_000; i++) {
    const id = i % 997 === 0 ? 'TN-00001' : `TN-${String(i).padStart(5, '0')}`; // some duplicate IDs
    const date = i % 101 === 0 ? 'khoảng cuối năm' : i % 3 === 0 ? '45657' : `${(i % 28) + 1}/${(i % 12) + 1}/2024`; // text, serials, dates
    if (i % 250 === 0) rows.push([]); // empty rows
    if (i % 333 === 0) rows.push(['', 'tiếp nội dung ô gộp']); // merged-looking blanks
    rows.push([
      id,
      `Nội dung ${i}`,
      i % 2 === 0 ? 'Sở Tư pháp' : 'Sở Y tế',
      date,
      i % 7 === 0 ? 'Hoàn thành' : 'đang làm dở',
    ]);
  }
  return rows;
}

describe('a sheet mangled by hand, 10,000 rows', () => {
  it('still answers, and lists what is wrong for the coordinators', () => {
    // "Trạng thái" renamed, "Cơ quan phối hợp" deleted, columns reordered.
    const snapshot = buildSnapshot(template, '1', [
      {
        name: 'Nhiệm vụ',
        headers: ['Mã', 'Nội dung', 'Cơ quan chủ trì', 'Hạn xử lý', 'Tình trạng'],
        rows: mangledRows(),
      },
    ]);
    expect(snapshot.tasks.length).toBeGreaterThan(9_900);
    expect(snapshot.problems.some((p) => p.includes('thiếu cột') && p.includes('Trạng thái'))).toBe(true);
    expect(snapshot.problems.some((p) => p.includes('bị trùng'))).toBe(true);
    expect(snapshot.problems.some((p) => p.includes('«khoảng cuối năm»'))).toBe(true);
    expect(snapshot.problems.some((p) => p.includes('thiếu Mã'))).toBe(true);
    expect(snapshot.byId.get('TN-00003')?.deadline).toBe('2024-12-31'); // Google serial 45657
    const found = tasksOfAgency(snapshot, createAgencyLookup([]), 'Sở Tư pháp', '2024-06-12');
    expect(found.lead.length).toBeGreaterThan(4_900);
  });
});
