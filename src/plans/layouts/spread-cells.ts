import { startsWithAgency } from '../agency-list.js';
import { DITTO } from './table-cells.js';
import type { Columns } from './table-columns.js';

/**
 * Rule «merged-cell-spread»: in a PDF, a cell merged down several rows has its lines centred over
 * them, so each row seems to hold a piece of it («Ban Quản lý dự án đầu» / «tư xây dựng các công»
 * / «trình nông nghiệp tỉnh»; «Trước ngày» / «10/01/2026»). A piece that goes on in lower case, or
 * a figure after a word that needs one, or the rest of a name cut after «và», belongs to the cell above it: it is joined there, and the
 * rows it leaves empty take the merged cell's text the way every lost merge does («lost-merge»). Only the
 * lead and the deadline columns: a lower-case body in «Phối hợp» («các sở, ngành liên quan») is
 * a name of its own.
 */
export function joinSpreadCells(rows: readonly string[][], cols: Columns): string[][] {
  const out = rows.map((r) => [...r]);
  for (const col of [cols.lead, cols.deadline]) {
    if (col < 0) continue;
    let anchor = -1;
    out.forEach((row, i) => {
      const text = (row[col] ?? '').trim();
      if (text === '') return;
      const above = anchor >= 0 ? (out[anchor]?.[col] ?? '').trim() : '';
      if (above !== '' && goesOn(above, text)) {
        out[anchor]![col] = `${above} ${text}`;
        row[col] = '';
        return;
      }
      anchor = i;
    });
  }
  return out;
}

function goesOn(above: string, text: string): boolean {
  // «-nt-» (as above) ends in a dash but is a whole cell: the next row's «CDC» is its own.
  // «như trên» under a body is a whole cell too (rule «ditto-cell»), though it opens in lower case.
  if (DITTO.test(above) || DITTO.test(text)) return false;
  if (/^\p{Ll}/u.test(text) && !/^các\s/u.test(text)) return true;
  // «Sở Nông nghiệp và» / «Môi trường»: a name cut after a word no name ends on goes on, unless the
  // next piece is a body's name of its own («Sở Tài chính và» / «UBND các xã» stays two).
  if (/(?:\s(?:và|của|các|với)|[,–-])$/u.test(above) && /^\p{Lu}/u.test(text) && !startsWithAgency(text)) return true;
  return /(?:ngày|đến|trước|tháng|quý|năm)$/iu.test(above) && /^\d/.test(text);
}
