/**
 * What must never be written as an update, whatever the model says: each check has an id (shown
 * by `dondoc explain --why`) and matches folded text. An extension request is its own intent; the
 * others keep their intent but make the bot ask before writing anything.
 */

/** A request to move a deadline: "xin gia hạn", "lùi hạn đến 30/7", "cho thêm 2 tuần", "xin khất". */
export const EXTENSION =
  /\b(?:gia han|(?:lui|dich|gian|keo dai|dieu chinh) (?:lai )?(?:thoi han|han|tien do|thoi gian)|(?<!theo )doi (?:lai )?(?:thoi han|han)|xin (?:lui|doi|khat|no|hoan|keo dai|them thoi gian|them (?:\d+|mot|hai|ba) (?:ngay|tuan|thang))|(?:cho|xin) (?:em |minh |ben em |toi |chung toi )?(?:lui|khat|no|them (?:\d+|mot|hai|ba) (?:ngay|tuan|thang))|keo dai (?:den|toi|sang|them)|lui (?:sang|den|toi|qua))\b/;

/** "có được gia hạn không", "nếu không kịp thì xin lùi": a question or a condition, not a request. */
const NOT_A_REQUEST = /\bco (?:duoc )?(?:\S+ ){0,2}(?:gia han|lui|doi|keo dai)\b.*\b(?:khong|ko|k|chua)\b|(?:^| )neu\b/;

/** Whether a message asks to move a deadline. */
export function asksExtension(folded: string): boolean {
  return EXTENSION.test(folded) && !NOT_A_REQUEST.test(folded);
}

export interface SafetyCheck {
  id: string;
  pattern: RegExp;
}

/** Messages whose status words are not the writer's own report of now. */
export const NOT_A_REPORT: readonly SafetyCheck[] = [
  // Someone else's word: "hình như", "nghe nói", "chị Lan bảo", "nhờ em báo hộ".
  {
    id: 'hearsay',
    pattern:
      /\b(?:hinh nhu|nghe (?:noi|bao|dau)|nghe nhu|(?:anh|chi|em|ban|bac|co|chu|ong|ba) \S+(?: \S+)? (?:bao|noi|nhan)(?: la)?|(?:dong chi|d\/c|sep|lanh dao|(?:pho )?giam doc|(?:pho )?truong phong|thu truong)(?: \S+){0,3} (?:bao|noi|nhan|cho biet)(?: la)?|bao (?:ho|gium|giup)(?! bot)|nho (?:em|minh|toi) bao|chac la (?:xong|roi)|thi phai)\b/,
  },
  // A promise to report later: "tí em update", "mai em báo cáo", "sẽ cập nhật sau".
  {
    id: 'promise-to-report',
    pattern:
      /\b(?:(?:ti|lat|chut|mai|chieu|toi|ngay mai|sang mai|tuan sau|sau) (?:nua )?(?:(?:em|e|minh|toi|anh|chi|ben em) )?(?:se )?(?:update|cap nhat|bao|gui bao cao)|se (?:bao cao|cap nhat|update|bao lai)|bao (?:cao )?sau)\b/,
  },
  // A plan or a target, nothing about now: "theo kế hoạch thì", "mục tiêu là xong trước …".
  {
    id: 'plan-for-later',
    pattern:
      /\b(?:(?:theo )?ke hoach (?:thi|la)|muc tieu (?:la|phan dau)|phan dau (?:xong|hoan thanh)|se (?:xong|hoan thanh|bat dau)|(?:thang|tuan|quy) (?:sau|toi|\d{1,2}) (?:moi |se )?(?:bat dau|trien khai))\b/,
  },
  // A quote of a record: "trích báo cáo tháng 5: …".
  { id: 'quoted-record', pattern: /^(?:trich|theo bao cao|copy|chuyen tiep)\b/ },
  // A condition: "mà được cấp vốn sớm thì xong ngay", "nếu … thì …".
  { id: 'condition', pattern: /\b(?:neu|gia su|mien la|ma (?:duoc|co))\b[^.]*\bthi\b/ },
];

/** A joke: laughter or "trong mơ" ("TN60-05 xong rồi... trong mơ 😂"), read on the text as typed. */
const JOKE =
  /[\u{1F602}\u{1F923}\u{1F606}\u{1F605}\u{1F61C}\u{1F643}]|(?<![\p{L}])(?:haha+|hihi+|kkk+|trong mơ)(?![\p{L}])/iu;

/** The id of the first check a message fails, or null. */
export function notAReport(folded: string, typed = ''): string | null {
  if (JOKE.test(typed)) return 'joke';
  return NOT_A_REPORT.find((check) => check.pattern.test(folded))?.id ?? null;
}
