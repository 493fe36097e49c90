import { isOrderHeader } from './layouts/table-columns.js';
import type { Line } from './pdf-lines.js';
import { type Column, GROUP_TITLE, placeLine, ROW_NUMBER, type SubHeader } from './pdf-table-columns.js';
import { CellSpacing } from './pdf-table-head.js';

/**
 * Where a PDF table ends: the first line that does not fit its columns, that never belongs to a
 * table, that opens the next table, or that stands a wide gap or a heading below. Apart from
 * pdf-table.ts, which reads the rows, so that each file stays short.
 */

/** A table is looked for over at most this many lines (a long one goes on at the next header). */
const MAX_TABLE_LINES = 3000;

/**
 * Lines that follow a table and never belong to it: the next appendix, the recipients, the
 * signature, the next article of a Quyết định or a Nghị quyết («Điều 4. Tổ chức thực hiện»).
 * A cell's line that cites an appendix («Phụ lục 2); lấy mẫu …», «Phụ lục 2 kèm theo Kế hoạch này»)
 * is no caption: a caption's number stands alone or before its title.
 */
const AFTER_TABLE =
  /^(?:PHỤ LỤC\b|Phụ lục\s+(?:số\s+)?(?:[IVX]+|\d+)(?=\s*(?:$|[:.–-]|\p{Lu}))|Nơi nhận\s*:|KT\.\s|TM\.\s|\(Kèm theo|Điều\s+\d{1,3}\.\s)/u;

/**
 * Rule «next-table»: two tables one under the other on a page, their columns nearly in line: a
 * header row of its own («TT | Nội dung công việc | …») after rows of the first ends the first.
 * Not the first's own header repeated at the top of the next page. (A heading in capitals between
 * them is no sign: a group row inside a table looks the same.)
 */
function opensNextTable(line: Line, head: Line, rowsRead: number): boolean {
  const words = (l: Line): string =>
    l.segments
      .map((g) => g.text)
      .join(' ')
      .trim();
  return (
    rowsRead >= 2 &&
    line.segments.length >= 3 &&
    isOrderHeader(line.segments[0]?.text ?? '') &&
    words(line) !== words(head) &&
    line.segments.length !== head.segments.length
  );
}

/**
 * The line after the table's last: the first line that does not fit its columns, that never
 * belongs to a table (AFTER_TABLE), or that stands a wide gap below the line above.
 */
export function tableEnd(
  lines: readonly Line[],
  {
    start,
    headLine,
    columns,
    groups,
  }: { start: number; headLine: Line; columns: readonly Column[]; groups: readonly SubHeader[] },
): number {
  let end = start + 1;
  const spacing = new CellSpacing();
  for (; end < lines.length && end - start < MAX_TABLE_LINES; end++) {
    const line = lines[end]!;
    if (!placeLine(line, columns, groups) || AFTER_TABLE.test(line.segments[0]?.text ?? '')) break;
    // (Its own header, repeated on a new page under a centred header's half line, is no next table.)
    if (opensNextTable(line, headLine, end - start)) break;
    // A group row merged across the whole row is followed by its rows («1 …»); the document's next
    // section heading («III. CHƯƠNG TRÌNH HỘI NGHỊ») by anything else (rule «group-row-across»).
    // (Word may centre the first row's number beside its second or third line.)
    // (Its line must be a row of this table, not a numbered paragraph «1.⇥Sở Y tế …» under a heading.)
    const numberFollows = lines
      .slice(end + 1, end + 5)
      .some((next) => ROW_NUMBER.test(next.segments[0]?.text ?? '') && placeLine(next, columns, groups) !== null);
    if (line.segments.length === 1 && GROUP_TITLE.test(line.segments[0]!.text) && !numberFollows) break;
    const gap = line.pageStart ? 0 : lines[end - 1]!.y - line.y;
    if (gap > line.size * 4 || (gap > spacing.smallest * 2 && isHeadingBelow(line))) break;
    // (A centred cell's half line is no spacing: rule «centred-header».)
    spacing.add(gap, line.size, line.pageStart);
  }
  return end;
}

/**
 * Rule «heading-below-table»: the document's next numbered heading («IV. TỔ CHỨC THỰC HIỆN»,
 * «2. Phòng Kinh tế») stands under the table a paragraph's space down, its number inside its one
 * text; a group row of the table has its number in the first column, apart from its title.
 */
const SECTION_NUMBER = /^(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*)\.\s+\p{Lu}/u;
const isHeadingBelow = (line: Line): boolean =>
  line.segments.length === 1 && SECTION_NUMBER.test(line.segments[0]!.text);
