import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../src/plans/document.js';
import { textToBlocks } from '../../src/plans/text-blocks.js';

// The converter layout of a web page turned into markdown: every cell on its own lines, a line
// holding only «|» between cells, a row closed by «|» and the next opened by «|».

const rowsOf = (lines: string[]): string[][] => {
  const table = textToBlocks(lines.join('\n')).find((b): b is TableBlock => b.type === 'table');
  return table?.rows ?? [];
};
const row = (...cells: string[]): string[] =>
  ['|', ...cells.flatMap((c, k) => (k === 0 ? [c] : ['|', c])), '|'].filter((l) => l !== '');

describe('a table in the converter layout', () => {
  it('keeps an empty cell in its place: two bars inside a row are an empty cell, not the row’s end', () => {
    const lines = [
      ...row('STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'),
      ...row('1', 'Rà soát hồ sơ', 'Sở Tư pháp', '', 'Quý I/2026'),
      ...row('', 'Không tổ chức phiên họp (nghỉ Tết)', '', '', ''),
      ...row('2', 'Lập danh sách', 'Sở Nội vụ', 'Sở Tài chính', 'Quý II/2026'),
    ];
    expect(rowsOf(lines).slice(1)).toEqual([
      ['1', 'Rà soát hồ sơ', 'Sở Tư pháp', '', 'Quý I/2026'],
      ['', 'Không tổ chức phiên họp (nghỉ Tết)', '', '', ''],
      ['2', 'Lập danh sách', 'Sở Nội vụ', 'Sở Tài chính', 'Quý II/2026'],
    ]);
  });

  it('closes a group row written across the width in fewer cells, or with its empty cells', () => {
    const lines = [
      ...row('STT', 'Nội dung', 'Chủ trì', 'Phối hợp'),
      ...row('I', 'NHÓM GIẢI PHÁP VỀ CƠ CHẾ'),
      ...row('1', 'Rà soát cơ chế', 'Sở Tài chính', 'Các sở'),
      ...row('II', 'NHÓM HỖ TRỢ CÔNG NGHỆ', '', ''),
      ...row('2', 'Hỗ trợ đổi mới công nghệ', 'Sở Khoa học và Công nghệ', ''),
    ];
    const rows = rowsOf(lines).slice(1);
    expect(rows.map((r) => r[0])).toEqual(['I', '1', 'II', '2']);
    expect(rows[1]).toEqual(['1', 'Rà soát cơ chế', 'Sở Tài chính', 'Các sở']);
    expect(rows[3]?.slice(0, 3)).toEqual(['2', 'Hỗ trợ đổi mới công nghệ', 'Sở Khoa học và Công nghệ']);
  });

  it('ends a row whose last cell is merged down from the row above when the next row’s number follows', () => {
    const lines = [
      ...row('STT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời gian'),
      ...row('1', 'Rà soát', 'Sở Tư pháp', 'Sở Nội vụ', 'Quý I/2026'),
      ...row('2', 'Số hóa hồ sơ', 'Sở Nội vụ', 'UBND các xã, phường'),
      ...row('3', 'Đào tạo kỹ năng số', 'Sở Khoa học và Công nghệ', '', 'Quý II/2026'),
    ];
    const rows = rowsOf(lines).slice(1);
    expect(rows.map((r) => r[0])).toEqual(['1', '2', '3']);
    // The merged deadline keeps the value above; the empty «Phối hợp» of row 3 stays empty.
    expect(rows[1]?.[4]).toBe('Quý I/2026');
    expect(rows[2]).toEqual(['3', 'Đào tạo kỹ năng số', 'Sở Khoa học và Công nghệ', '', 'Quý II/2026']);
  });
});
