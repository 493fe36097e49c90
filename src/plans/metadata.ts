import { calendarDate } from '../domain/clock.js';
import { fold } from '../domain/text.js';
import { capitalize } from './agency-list.js';
import { departmentIssuer, localIssuer } from './issuer.js';
import type { PlanDocument } from './document.js';
import { stripMarks } from './document.js';

/** What the head of a plan says about itself. */
export interface PlanMeta {
  number: string;
  date: string | null;
  /** "Thái Nguyên", or "" when no province can be found. */
  province: string;
  issuer: string;
  /**
   * The province's People's Committee («UBND tỉnh Nghệ An»), which the plan key is made from, as it
   * was before the issuer named a commune, a ward or a Sở: a plan imported earlier keeps its key.
   */
  keyIssuer: string;
  title: string;
  /** Year used for dates written without one: the issue date's, else "năm 2024" in the title. */
  year: number | null;
  /** Year for the plan key only: also accepts the latest year cited in the title. */
  keyYear: number | null;
  /** The year ahead a December plan is for: bare periods fall in it (rule «plan-for-next-year»). */
  periodYear: number | null;
  problems: string[];
}

// Centrally governed cities are "thành phố", the rest "tỉnh".
const CITIES = ['Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Hồ Chí Minh', 'Huế'];
const PROVINCES = [
  'An Giang',
  'Bà Rịa - Vũng Tàu',
  'Bạc Liêu',
  'Bắc Giang',
  'Bắc Kạn',
  'Bắc Ninh',
  'Bến Tre',
  'Bình Dương',
  'Bình Định',
  'Bình Phước',
  'Bình Thuận',
  'Cà Mau',
  'Cao Bằng',
  'Đắk Lắk',
  'Đắk Nông',
  'Điện Biên',
  'Đồng Nai',
  'Đồng Tháp',
  'Gia Lai',
  'Hà Giang',
  'Hà Nam',
  'Hà Tĩnh',
  'Hải Dương',
  'Hậu Giang',
  'Hòa Bình',
  'Hưng Yên',
  'Khánh Hòa',
  'Kiên Giang',
  'Kon Tum',
  'Lai Châu',
  'Lâm Đồng',
  'Lạng Sơn',
  'Lào Cai',
  'Long An',
  'Nam Định',
  'Nghệ An',
  'Ninh Bình',
  'Ninh Thuận',
  'Phú Thọ',
  'Phú Yên',
  'Quảng Bình',
  'Quảng Nam',
  'Quảng Ngãi',
  'Quảng Ninh',
  'Quảng Trị',
  'Sóc Trăng',
  'Sơn La',
  'Tây Ninh',
  'Thái Bình',
  'Thái Nguyên',
  'Thanh Hóa',
  'Thừa Thiên Huế',
  'Tiền Giang',
  'Trà Vinh',
  'Tuyên Quang',
  'Vĩnh Long',
  'Vĩnh Phúc',
  'Yên Bái',
  ...CITIES,
];

/** Removes diacritics but keeps case, so "Hòa Bình" (a province) differs from "hòa bình" (peace). */
function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

// A province counts only after a word that names a place ("tỉnh Cao Bằng", "Báo Gia Lai",
// "Tỉnh ủy …", "Truyền hình …"): "phong cách Hồ Chí Minh" is a person, not the city.
const PLACE_WORDS =
  '(?:tinh|thanh pho|tp\\.?|bao|dai|truyen hinh|pt-th|tinh uy|ubnd|uy ban nhan dan tinh|dang bo tinh)';
const PROVINCE_PATTERNS = PROVINCES.map((name) => {
  const context = name === 'Hồ Chí Minh' ? '(?:thanh pho|tp\\.?)' : PLACE_WORDS;
  const spelled = [plain(name), plain(name).toUpperCase()].map((n) => n.replace(/ - /g, '\\s*-\\s*')).join('|');
  return {
    name,
    context: new RegExp(`${context}\\s+$`, 'i'),
    re: new RegExp(`(?<![\\p{L}])(?:${spelled})(?![\\p{L}])`, 'gu'),
  };
});

function provinceOf(place: string): string | null {
  const p = plain(place.trim());
  return PROVINCES.find((name) => plain(name) === p || (name === 'Hồ Chí Minh' && /Ho Chi Minh/.test(p))) ?? null;
}

/** The most cited province; "Thừa Thiên Huế" wins over the "Huế" it contains. */
function mostCitedProvince(text: string): string {
  const p = plain(text);
  let best = '';
  let bestCount = 0;
  for (const { name, re, context } of PROVINCE_PATTERNS) {
    const count = [...p.matchAll(re)].filter((m) =>
      context.test(p.slice(Math.max(0, (m.index ?? 0) - 30), m.index)),
    ).length;
    if (count > bestCount || (count === bestCount && count > 0 && name.length > best.length)) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The document's lines for reading its head: paragraphs, and the cells of small borderless
 * tables, where Word and web pages put the two-column heading («ỦY BAN NHÂN DÂN … | CỘNG HÒA …»,
 * «Số: …/KH-UBND | …, ngày … tháng … năm …») and the signature block.
 */
function headLines(doc: PlanDocument): string[] {
  return doc.blocks.flatMap((b) => {
    if (b.type === 'para') return [stripMarks(b.text)];
    const small = b.rows.length <= 6 && b.rows.every((r) => r.length <= 3);
    return small
      ? b.rows.flatMap((r) =>
          r.flatMap((c) =>
            c
              .split('\n')
              .map((l) => stripMarks(l))
              .filter((l) => l !== ''),
          ),
        )
      : [];
  });
}

/** Kinds of document that hand out work, after «KẾ HOẠCH» (folded, the heading line alone). */
const DOCUMENT_KINDS = [
  'quyet dinh',
  'chuong trinh',
  'chi thi',
  'thong bao',
  'huong dan',
  'de an',
  'cong dien',
  'nghi quyet',
  'bao cao',
  'phuong an',
  'quy che',
];

export function readMetadata(doc: PlanDocument): PlanMeta {
  const paras = headLines(doc);
  const head = paras.slice(0, 25);
  const problems: string[] = [];
  const number = planNumber(paras, head);
  const issued = issueDate(head);
  const title = planTitle(paras, head);
  if (title === '') problems.push('Không tìm thấy tên kế hoạch (dòng sau chữ «KẾ HOẠCH») — để trống Tên kế hoạch.');
  // The place of the issue date names the province best; else the province the text cites most.
  const province = provinceOf(issued.place) ?? mostCitedProvince(paras.join('\n'));
  const local =
    localIssuer(head) ??
    departmentIssuer(head.slice(0, 8).join('\n'), province, CITIES.includes(province) ? 'thành phố' : 'tỉnh');
  const keyIssuer =
    province === '' ? 'UBND tỉnh' : `UBND ${CITIES.includes(province) ? 'thành phố' : 'tỉnh'} ${province}`;
  const issuer = local ?? keyIssuer;
  if (province === '' && local === null) {
    problems.push('Không tìm thấy tên tỉnh trong văn bản — ghi Cơ quan ban hành là «UBND tỉnh», cần sửa tay.');
  }
  const { year, keyYear, periodYear } = planYears(title, issued);
  return { number, date: issued.date, province, issuer, keyIssuer, title, year, keyYear, periodYear, problems };
}

/** «Số: 60/KH-UBND» from the head, else from the appendix's reference to the plan. */
function planNumber(paras: string[], head: string[]): string {
  for (const text of head) {
    const m = text.match(/^Số\s*:?\s*(\d+[A-Za-z]?)\s*\/\s*([A-ZĐ][A-ZĐ0-9.-]*)/u);
    if (m) return `${m[1]}/${m[2]}`;
  }
  // The appendix often repeats it: "(Kèm theo Kế hoạch số 60 /KH-UBND ngày …)".
  const annex = paras.find((t) => /^\(?Kèm theo Kế hoạch số\s*\d+/u.test(t));
  const m = annex?.match(/Kế hoạch số\s*(\d+)\s*\/\s*([A-ZĐ][A-ZĐ0-9.-]*)/u);
  return m ? `${m[1]}/${m[2]}` : '';
}

/** The place-and-date line («Thái Nguyên, ngày 15 tháng 3 năm 2024»); a blank day or month leaves no date. */
function issueDate(head: string[]): { date: string | null; place: string; year: number | null } {
  for (const line of head) {
    // «*Na Sầm, ngày 08 tháng 12 năm 2025*»: a converter keeps the italic of the date line.
    const text = line.replace(/^[*_\s]+|[*_\s]+$/gu, '');
    const m = text.match(/^(?:([^,]{2,40}),\s*)?ngày\s+(\d{1,2})?\s*tháng\s+(\d{1,2})?\s*năm\s+(\d{4})\s*$/u);
    if (!m) continue;
    const year = Number(m[4]);
    const date = m[2] && m[3] ? calendarDate(year, Number(m[3]), Number(m[2])) : null;
    return { date, place: m[1] ?? '', year };
  }
  return { date: null, place: '', year: null };
}

/** The plan's name: the line under its heading, else an inline «KẾ HOẠCH …», else a «V/v …» line. */
function planTitle(paras: string[], head: string[]): string {
  const headingAt = titleHeadingAt(paras);
  const title = headingAt >= 0 ? (paras[headingAt + 1] ?? '') : titleWithoutHeading(paras, head);
  return title.replace(/\s+/g, ' ').trim();
}

/**
 * The title stands under the document's kind: a Quyết định that issues a plan has both, and the
 * plan's own «KẾ HOẠCH» comes first; a Chỉ thị, a Thông báo (kết luận), a Chương trình have
 * theirs (in the first 40 lines). -1 when there is no such heading.
 */
function titleHeadingAt(paras: string[]): number {
  const planAt = paras.findIndex((t) => fold(t) === 'ke hoach');
  if (planAt >= 0) return planAt;
  for (const kind of DOCUMENT_KINDS) {
    const kindAt = paras.slice(0, 40).findIndex((t) => fold(t) === kind);
    if (kindAt >= 0) return kindAt;
  }
  return -1;
}

/** With no heading line the title follows «KẾ HOẠCH» on its line; a Công văn has its «V/v …» line instead. */
function titleWithoutHeading(paras: string[], head: string[]): string {
  const inline = paras.find((t) => /^KẾ HOẠCH\s+\S/u.test(t));
  if (inline) return inline.replace(/^KẾ HOẠCH\s+/u, '');
  const subject = head.find((t) => /^V\/v\s+\S/iu.test(t));
  return subject ? capitalize(subject.replace(/^V\/v\s+/iu, '')) : '';
}

/**
 * The year for dates written without one (the issue date's, else «năm 2024» in the title), and the
 * year of the plan's key, which may also fall back on the latest year the title cites.
 * Rule «plan-for-next-year»: a plan signed in December for the year ahead («Kế hoạch thanh tra năm
 * 2026», signed 12/12/2025) dates its bare periods («Quý IV», «Tháng 6») in that year; a bare day
 * («trước ngày 25/12») keeps the issue date's reading. Not a Tết or spring plan: those prepare in
 * the old year.
 */
function planYears(
  title: string,
  issued: { date: string | null; year: number | null },
): { year: number | null; keyYear: number | null; periodYear: number | null } {
  const folded = fold(title);
  const titleYear = folded.match(/nam (\d{4})(?!\s*-)/);
  const cited = [...title.matchAll(/\b(20\d{2})\b/g)].map((m) => Number(m[1]));
  const ahead =
    issued.year !== null &&
    issued.date?.slice(5, 7) === '12' &&
    titleYear !== null &&
    Number(titleYear[1]) === issued.year + 1 &&
    new Set(cited).size === 1 &&
    !/\b(?:tet|xuan)\b/.test(folded);
  const year = issued.year ?? (titleYear ? Number(titleYear[1]) : null);
  const keyYear = year ?? (cited.length > 0 ? Math.max(...cited) : null);
  return { year, keyYear, periodYear: ahead ? Number(titleYear[1]) : null };
}
