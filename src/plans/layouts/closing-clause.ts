import { fold } from '../../domain/text.js';
import { stripMarks } from '../document.js';

/**
 * Rule «closing-clause»: the sentences every plan ends with are not tasks — «Trong quá trình
 * thực hiện, nếu có khó khăn, vướng mắc … phản ánh về …», «Nghiêm túc triển khai thực hiện».
 * With rule «execution-clause»: «Giám đốc Sở, …, Chủ tịch UBND xã, phường … chịu trách nhiệm thi
 * hành (triển khai thực hiện) Quy chế này» closes a Quyết định or a Quy chế; it adds no work. And
 * rule «notice-formula»: «Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện»
 * closes a Thông báo kết luận. Matched on folded text, which has no punctuation left; one
 * alternative per formula, as data.
 */
const CLOSING_FORMULAS: readonly RegExp[] = [
  /^.{0,400}?\bchiu trach nhiem (?:thi hanh|trien khai thuc hien|to chuc thuc hien) (?:quyet dinh|quy che|ke hoach|quy dinh) nay\W*$/,
  /^(?:trong )?qua trinh (?:trien khai |to chuc )?(?:thuc hien|trien khai)\b.{0,60}?\bneu (?:co|phat sinh)\b/,
  // «Giám đốc các sở, … và các cơ quan, đơn vị có liên quan nghiêm túc thực hiện Chỉ thị này.»
  /^(?:.{0,400}?\s)?nghiem tuc (?:trien khai |to chuc )?thuc hien(?: (?:chi thi|ke hoach|quyet dinh|thong bao|cong van|van ban) nay)?\W*$/,
  /^tren day la\b/,
  // «Ủy ban nhân dân xã yêu cầu các bộ phận, đơn vị, Trưởng các thôn triển khai thực hiện Kế hoạch
  // này.»: the issuer asks for the plan itself.
  /^.{0,60}?\byeu cau cac\b.{0,160}?\b(?:trien khai|to chuc) thuc hien (?:ke hoach|chi thi|quyet dinh|van ban) nay\W*$/,
  // Rule «effect-formula»: «Quyết định này có hiệu lực kể từ ngày ký.» says when the text binds.
  /^(?:quyet dinh|quy che|quy dinh|ke hoach|chi thi|nghi quyet|thong bao) nay co hieu luc\b.{0,80}$/,
  /^(?:(?:uy ban nhan dan|ubnd) (?:tinh|thanh pho) )?yeu cau (?:cac|thu truong|giam doc)\b.{0,160}?\bnghiem tuc (?:trien khai |to chuc )?thuc hien(?: (?:chi thi|ke hoach|quyet dinh|thong bao|cong van|van ban) nay)?(?: (?:dam bao|bao dam) .{0,80})?\W*$/,
  /^.{0,80}?\bthong bao (?:de|y kien ket luan (?:cua .{0,80}?)?de) .{0,120}?\bbiet(?:,? (?:thuc hien|trien khai thuc hien))?\W*$/,
  // Rule «head-lines-mid-text»: a PDF may set its head's right column («CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
  // NAM», «Độc lập - Tự do - Hạnh phúc», «Lào Cai, ngày 09 tháng 6 năm 2026») among the duties, and a
  // Quy chế after its Quyết định has a head of its own: none of it is work.
  /^cong hoa xa hoi chu nghia\b/,
  /^doc lap\W+tu do\W+hanh phuc\b.{0,60}$/,
  // (A place's name before the date, not a deadline's words: «hoàn thành trước ngày …» is work.)
  /^(?!.*\b(?:truoc|den|tu|vao|xong|cham nhat|hoan thanh|han|thoi gian|khai mac|to chuc|hop|le|hoi nghi|tong ket|ket thuc)\b)[a-z]+(?: [a-z]+){0,3} ngay \d{1,2} thang \d{1,2} nam \d{4}\W*$/,
  // «Sở Y tế đề nghị các đơn vị, địa phương khẩn trương triển khai thực hiện./.» closes a Công văn.
  /^.{0,80}?\b(?:de nghi|yeu cau) (?:cac|thu truong|giam doc)\b.{0,160}?\b(?:khan truong|nghiem tuc) (?:trien khai |to chuc )?thuc hien(?: (?:chi thi|ke hoach|quyet dinh|thong bao|cong van|van ban) nay)?\W*$/,
  // «Sở Y tế đề nghị các cơ quan, đơn vị liên quan phối hợp triển khai thực hiện./.»: the issuer asks
  // for the plan itself, nothing named. (A heading «5. Đề nghị các cơ quan, đơn vị phối hợp thực
  // hiện» names no issuer before it: its items follow.)
  /^\S.{2,80}?\sde nghi cac\b.{0,160}?\bphoi hop (?:trien khai |to chuc )?thuc hien(?: (?:ke hoach|van ban) nay)?\W*$/,
];

/** Where a sentence ends and the next begins, in capitals. */
const SENTENCE_END = /(?<=[.!?])\s+(?=\p{Lu})/u;

const SENTENCE_FORMULA =
  /^(?:trong )?qua trinh (?:trien khai |to chuc )?(?:thuc hien|trien khai) co (?:kho khan|vuong mac)\b/;

const LIABILITY_CLAUSE = /^(?:truong hop|neu)\b.{0,240}?\bchiu trach nhiem truoc\b.{0,120}$/;

const NOTE_LINE = /^\(?[*_]?(?:Ghi chú|Chú thích|Chữ viết tắt|Các chữ viết tắt)(?=[\s:])[^:]{0,40}:/u;

/**
 * Rule «attendance-line»: who attends an event («Thành phần: …», «Đại biểu đặc khu: …», «Khách
 * mời: …») is a list of guests; nobody is handed work by it.
 */
const ATTENDANCE_LINE = /^(?:Thành phần(?: tham dự| mời)?|Đại biểu(?: [^:]{1,40})?|Khách mời)\s*:/u;

/**
 * Rule «contact-line»: the lines of a contact block («Đầu mối tổng hợp, liên hệ:» then «Đơn vị: …»,
 * «Địa chỉ: …», «Điện thoại: …», «Thư điện tử: …») say whom to reach; they hand nothing out.
 */
const CONTACT_LINE =
  /^(?:Địa chỉ|Điện thoại|Số điện thoại|Điện thoại liên hệ|Fax|E-?mail|Thư điện tử|Hộp thư điện tử|Website|Người liên hệ|Đơn vị|Đầu mối(?: [^:]{0,30})?)\s*:(?![^.;]*\s(?:gửi|báo cáo|tổng hợp|hoàn thành|trước ngày)\s)/iu;

/**
 * The paragraph (a numbered one without its number, or a bullet) is closing formulas only: every
 * sentence of it is one («Yêu cầu … nghiêm túc triển khai thực hiện. Quá trình thực hiện nếu có
 * vướng mắc, báo cáo về …»).
 */
export function isClosingClause(text: string): boolean {
  const plain = stripMarks(text).replace(/^[-+•]\s*/u, '');
  // Rule «note-line»: «Ghi chú: …», «Chữ viết tắt: …» explain the text; they hand nothing out.
  // (A note that orders something dated is work: «Ghi chú: Các sở … gửi danh sách … trước ngày 20/4/2026».)
  if (NOTE_LINE.test(plain) && !/\d{1,2}\/\d{1,2}|\s(?:gửi|báo cáo|hoàn thành|trước ngày)\s/u.test(plain)) return true;
  if (CONTACT_LINE.test(plain) || ATTENDANCE_LINE.test(plain)) return true;
  const closing = (sentence: string): boolean => CLOSING_FORMULAS.some((re) => re.test(fold(sentence)));
  // «Quá trình thực hiện có vướng mắc, … phản ánh về …» is a formula only as a sentence of its own: the
  // work after it in the same paragraph («Sở Tài chính theo dõi, … báo cáo …») stays work.
  const sentences = plain.split(SENTENCE_END);
  const asSentence = (s: string): boolean => closing(s) || SENTENCE_FORMULA.test(fold(s));
  // Rule «closing-with-liability»: «… yêu cầu Thủ trưởng các cơ quan, đơn vị … nghiêm túc triển khai
  // thực hiện; trường hợp để xảy ra …, người đứng đầu phải chịu trách nhiệm trước …» — the formula
  // and whom a failure falls on, clause by clause.
  const asClauses = (s: string): boolean => {
    const clauses = s.split(/\s*;\s*/u).filter((c) => c.trim() !== '');
    return clauses.length >= 2 && clauses.every((c) => closing(c) || LIABILITY_CLAUSE.test(fold(c)));
  };
  return closing(plain) || sentences.every((s) => asSentence(s) || asClauses(s));
}

/**
 * The paragraph without the closing formulas it opens with: «Điều 2. Quyết định này có hiệu lực kể từ
 * ngày ký. Giao Công an phường chủ trì …» hands out its second sentence.
 */
export function withoutLeadingFormulas(text: string): string {
  const article = text.match(/^Điều\s+\d{1,3}\s*[.:]\s*/u)?.[0] ?? '';
  const sentences = text.slice(article.length).split(SENTENCE_END);
  let k = 0;
  while (k < sentences.length - 1 && isClosingClause(sentences[k] ?? '')) k += 1;
  return k === 0 ? text : sentences.slice(k).join(' ');
}
