import { fold } from '#src/domain/text.js';

/**
 * The issuing body of the report (REPORT_ISSUER="UBND TỈNH THÁI NGUYÊN|SỞ NỘI VỤ"): the
 * governing body above, the body that reports, the place on the date line and the initials
 * after «Số: …/BC-».
 */
export interface ReportIssuer {
  /** «UBND TỈNH THÁI NGUYÊN», or '' when not configured. */
  parent: string;
  /** «SỞ NỘI VỤ». */
  body: string;
  /** «Thái Nguyên», or dots to fill in by hand. */
  place: string;
  /** «SNV». */
  initials: string;
}

const BLANK = '…………';

function titleCase(words: string): string {
  return words
    .toLocaleLowerCase('vi')
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
    .join(' ');
}

/** The place of the date line: the province or city named by the issuer. */
function placeOf(names: readonly string[]): string {
  for (const name of names) {
    const found = /(?:TỈNH|THÀNH PHỐ|TP\.?)\s+(.+)$/iu.exec(name.trim());
    if (found?.[1]) return titleCase(found[1]);
  }
  return BLANK;
}

export function parseIssuer(value: string | undefined): ReportIssuer {
  const parts = (value ?? '')
    .split('|')
    .map((p) => p.trim().toLocaleUpperCase('vi'))
    .filter((p) => p !== '');
  const [first = '', second = ''] = parts;
  const parent = parts.length > 1 ? first : '';
  const body = parts.length > 1 ? second : first;
  const initials = fold(body)
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
  return {
    parent,
    body: body === '' ? BLANK : body,
    place: placeOf(parts),
    initials: initials === '' ? '……' : initials,
  };
}
