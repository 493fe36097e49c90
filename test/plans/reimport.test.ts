import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPlan, readPlanFile, type ExtractedPlan } from '../../src/plans/extract.js';
import { assignIds, choosePlanKey, planIdentity, provinceInitials, taskId } from '../../src/plans/ids.js';
import { formatPreview } from '../../src/plans/preview.js';
import { diffImport, type ExistingTask } from '../../src/plans/reimport.js';
import { textToBlocks } from '../../src/plans/text-blocks.js';
import { seedPath } from './helpers.js';

const stored = (plan: ExtractedPlan): ExistingTask[] =>
  plan.tasks.map(({ id, content, lead, coordinating, deadlineText, order }) => ({
    id,
    content,
    lead,
    coordinating,
    deadlineText,
    order,
  }));

/** Seed 000 with edits made to its text, as a coordinator would receive an amended copy. */
function editedSeed000(edit: (text: string) => string): ExtractedPlan {
  const text = edit(readFileSync(seedPath('000'), 'utf8'));
  return extractPlan({ blocks: textToBlocks(text) }, 'ban-sua.txt');
}

describe('re-import diff', () => {
  it('the same file again: everything unchanged, nothing added', async () => {
    const first = await readPlanFile(seedPath('000'));
    const again = await readPlanFile(seedPath('000'));
    const diff = diffImport(again, { tasks: stored(first) });
    expect(diff.added).toEqual([]);
    expect(diff.changed).toEqual([]);
    expect(diff.missing).toEqual([]);
    expect(diff.unchanged.map((t) => t.id)).toEqual(first.tasks.map((t) => t.id));
  });

  it('an edited copy: changed rows are reported with their fields, never added twice', async () => {
    const first = await readPlanFile(seedPath('000'));
    const edited = editedSeed000((t) =>
      t
        .replace(
          'Tham mưu về công tác dân vận các cơ quan, đơn vị lực lượng vũ trang.',
          'Tham mưu về công tác dân vận trong lực lượng vũ trang tỉnh.',
        )
        .replace('\tThanh tra tỉnh\tNăm 2024', '\tThanh tra tỉnh\tQuý III/2024'),
    );
    const diff = diffImport(edited, { tasks: stored(first) });
    expect(diff.added).toEqual([]);
    expect(diff.changed.map((c) => [c.task.id, c.task.order, c.fields])).toEqual([
      ['TN60-12', '9', ['deadlineText']],
      ['TN60-18', '15', ['content']],
    ]);
    expect(diff.unchanged).toHaveLength(first.tasks.length - 2);
  });

  it('a row inserted in the middle is the only addition; the other rows keep their IDs', async () => {
    const first = await readPlanFile(seedPath('000'));
    const edited = editedSeed000((t) =>
      t.replace(
        '6\tTriển khai các giải pháp',
        '5a\tSơ kết 6 tháng công tác dân vận.\tSở Nội vụ\tCác sở, ban, ngành\tTháng 7/2024\n6\tTriển khai các giải pháp',
      ),
    );
    expect(edited.tasks).toHaveLength(first.tasks.length + 1);
    const diff = diffImport(edited, { tasks: stored(first) });
    expect(diff.added.map((t) => [t.id, t.order, t.deadline])).toEqual([['TN60-23', '5a', '2024-07-31']]);
    expect(diff.changed).toEqual([]);
    expect(diff.unchanged).toHaveLength(first.tasks.length);
    expect(diff.tasks.map((t) => t.id)).toContain('TN60-23');
  });

  it('a removed row is listed as missing, not deleted', async () => {
    const first = await readPlanFile(seedPath('000'));
    const edited = editedSeed000((t) => t.replace(/^7\tTham mưu triển khai.*$/m, ''));
    const diff = diffImport(edited, { tasks: stored(first) });
    expect(diff.missing).toEqual(['TN60-10']);
    // With the row gone, the section duty that restated it is no longer a repeat: it comes in.
    expect(diff.added.map((t) => [t.order, t.content])).toEqual([
      ['IV.1', expect.stringMatching(/đồng bào có đạo\.$/)],
    ]);
  });

  it('the preview marks new and changed rows and sums them up', async () => {
    const first = await readPlanFile(seedPath('000'));
    const edited = editedSeed000((t) => t.replace('\tTháng 3/2024', '\tTháng 4/2024'));
    const preview = formatPreview(edited, diffImport(edited, { tasks: stored(first).slice(0, 21) }));
    expect(preview).toMatch(/^~ TN60-01 .*30\/04\/2024.*\[khác bản đã lưu: thời hạn\]$/m);
    expect(preview).toMatch(/^\+ TN60-22 .*Ban Dân vận Tỉnh ủy.*\[Đề nghị\]/m);
    expect(preview).toContain(
      'So với bảng tính: 1 dòng mới, 1 dòng khác bản đã lưu (giữ nguyên, không ghi đè), 20 dòng đã có.',
    );
  });
});

describe('plan keys and task IDs', () => {
  const meta = { number: '60/KH-UBND', issuer: 'UBND tỉnh Thái Nguyên', title: 'Dân vận 2024', keyYear: 2024 };

  it('province initials + number, or + two-digit year without a number', () => {
    expect(provinceInitials('UBND tỉnh Thái Nguyên')).toBe('TN');
    expect(provinceInitials('UBND tỉnh Bà Rịa - Vũng Tàu')).toBe('BRVT');
    expect(provinceInitials('UBND thành phố Hồ Chí Minh')).toBe('HCM');
    expect(provinceInitials('UBND tỉnh')).toBe('KH');
    expect(choosePlanKey(meta)).toBe('TN60');
    expect(choosePlanKey({ ...meta, number: '' })).toBe('TN24');
    expect(choosePlanKey({ ...meta, number: '', keyYear: null })).toBe('TN');
  });

  it('never gives a key another plan holds, and is stable for the same set of others', () => {
    const others = new Set(['GL24']);
    const gialai = { number: '', issuer: 'UBND tỉnh Gia Lai', title: 'Kế hoạch B', keyYear: 2024 };
    expect(choosePlanKey(gialai, others)).toBe('GL24B');
    expect(choosePlanKey(gialai, others)).toBe('GL24B');
    expect(choosePlanKey(gialai, new Set(['GL24', 'gl24b']))).toBe('GL24C');
    expect(choosePlanKey(gialai, new Set())).toBe('GL24');
  });

  it('identifies a plan by number + issuer, or title + issuer without a number', () => {
    expect(planIdentity({ number: '60 /KH-UBND', issuer: 'UBND tỉnh Thái Nguyên', title: 'x' })).toBe(
      planIdentity({ number: '60/KH-UBND', issuer: 'ubnd tinh thai nguyen', title: 'y' }),
    );
    expect(planIdentity({ number: '', issuer: 'UBND tỉnh Gia Lai', title: 'Dân vận 2024' })).not.toBe(
      planIdentity({ number: '', issuer: 'UBND tỉnh Gia Lai', title: 'Chuyển đổi số 2024' }),
    );
  });

  it('IDs are key + two-digit sequence in document order, typeable without diacritics', async () => {
    expect(taskId('TN60', 5)).toBe('TN60-05');
    expect(taskId('TN60', 123)).toBe('TN60-123');
    for (const seed of ['000', '001', '002', '003', '004']) {
      const plan = await readPlanFile(seedPath(seed));
      const ids = plan.tasks.map((t) => t.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.every((id) => /^[A-Z]+\d*[A-Z]?-\d{2,}$/.test(id))).toBe(true);
    }
  });

  it('assignIds keeps known IDs and numbers new tasks after the highest one', () => {
    const tasks = [
      { kind: 'task', order: '1', content: 'Một' },
      { kind: 'task', order: '2', content: 'Hai mới' },
      { kind: 'task', order: '3', content: 'Ba' },
    ];
    const previous = [
      { id: 'X1-01', content: 'Một', order: '1' },
      { id: 'X1-03', content: 'Ba', order: '3' },
      { id: 'X1-07', content: 'Bảy đã xóa', order: '7' },
    ];
    expect(assignIds('X1', tasks, previous).map((t) => t.id)).toEqual(['X1-01', 'X1-08', 'X1-03']);
    expect(assignIds('X1', tasks).map((t) => t.id)).toEqual(['X1-01', 'X1-02', 'X1-03']);
  });

  it('two seed plans never share a key when imported one after the other', async () => {
    const first = await readPlanFile(seedPath('001'));
    const second = await readPlanFile(seedPath('001'), { takenKeys: new Set([first.plan.key]) });
    expect(second.plan.key).toBe('GL24B');
    expect(second.tasks[0]?.id).toBe('GL24B-01');
  });
});
