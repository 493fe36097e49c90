/**
 * Word cues of each intent, in folded text (no diacritics, lower case). Kept together so
 * that a reader can see at once what makes the bot think a message is a question, a
 * report or small talk.
 */
export const CUES = {
  help: [
    /\bbot (?:lam|co the lam|ho tro|giup) (?:duoc )?(?:gi|nhung gi|nhung chuc nang|chuc nang)\b/,
    /\b(?:ho tro|co) nhung (?:chuc nang|lenh) (?:nao|gi)\b/,
    /\b(?:nhung|cac) lenh (?:gi|nao)\b/,
    /^(?:help|menu|giup|tro giup|huong dan|huong dan su dung)(?: .*)?$/,
    /\bhuong dan\b/,
    /\b(?:dung|su dung) (?:bot|the nao|nhu the nao|ra sao)\b/,
    /\b(?:lam sao|lam the nao|cach) (?:de )?(?:hoi|dung|cap nhat|bao cao|xem)\b/,
    /\bbot (?:nay )?(?:ra sao|the nao)\b/,
    /\bdung (?:bot )?(?:nhu the nao|ra sao|the nao)\b/,
    /\bcu phap\b/,
    /\b(?:danh sach|ds|cac) (?:cac )?lenh\b/,
    /\b(?:tinh nang|chuc nang) (?:gi|nao)\b/,
  ],
  subscribe: [
    /\b(?:nhom|group|grup)\b.*\b(?:theo doi|ban tin|tin tong hop|tong hop dinh ky|nhan tin|thong bao)\b/,
    /\b(?:theo doi|ban tin|tin tong hop|nhan tin)\b.*\b(?:nhom|group)\b/,
    /^(?:theo doi|nhan|dang ky) ban tin\b/,
  ],
  register: [
    /\bdang ky\b.*\b(?:dau moi|nhan nhac|nhac viec|cho (?:toi|em|minh)|giup|voi)\b/,
    /\b(?:toi|em|minh) (?:la )?(?:can bo )?dau moi\b/,
    /\bdang ky dau moi\b/,
    /\bla (?:can bo )?dau moi\b/,
    /\bnhan (?:thong bao )?nhac (?:viec|han)\b/,
    /\blam dau moi\b/,
    /\b(?:dang ky|dang ki|dang ky)\b/,
  ],
  stats: [
    /\bthong ke\b/,
    /\bty le\b/,
    /\btong hop\b/,
    /\bso lieu\b/,
    /\bbao cao (?:tong hop|tien do|tinh hinh|chung)\b/,
    /\btien do chung\b/,
    /\bbao nhieu (?:%|phan tram\b|viec\b|nhiem vu\b|nv\b)/,
    /\btinh hinh (?:thuc hien|chung|trien khai)\b/,
    /\btong so\b/,
  ],
  overdue: [/\b(?:qua|tre|cham|lo) (?:han|ha|hen|deadline)\b/, /\bqua han\w*/, /\bhet han\b.*\bchua (?:hoan thanh|xong|lam)\b/],
  dueSoon: [
    /\b(?:sap|toi|den|het|la) (?:han|ha)\b/,
    /\bsap den\b/,
    /\b(?:phai|can) (?:xong|hoan thanh|nop|giai quyet)\b/,
  ],
  /** A message about tasks: nouns and questions that ask for a list. */
  taskNoun: /\b(?:nhiem vu|nhiem vj|nv|viec|cong viec|ds|danh sach|liet ke|duoc giao|phu trach|giao (?:cho|lam)|phai lam|lam gi|lam nhung gi|co gi|phai thuc hien|noi dung gi|nhung noi dung)\b/,
  /** A question about one task. */
  detail: /\b(?:la (?:viec|gi|nhiem vu)|giao cho ai|ai chu tri|don vi nao|co quan nao|chu tri|phoi hop voi ai|han (?:khi nao|bao gio|ngay nao)|deadline|khi nao|bao gio|chi tiet|thong tin|noi dung|cu the|yeu cau|san pham|cho (?:em|minh|toi|anh|chi) xem|trang thai|tien do (?:hien tai|the nao|den dau))\b/,
  /** Words that make a sentence a question or a request to the bot. */
  question: /(?:\?|\b(?:gi|nao|khong|ko|k|chua|the nao|bao nhieu|ai|dau|voi|giup|cho (?:em|minh|toi|anh|chi) (?:xin|hoi|xem)|xin)\b)/,
} as const;

/** Announcements and remarks among colleagues that mention tasks but ask the bot nothing. */
export const NOT_FOR_BOT = [
  /\b(?:hop|hoi nghi|giao ban)\b.*\b(?:\d{1,2} ?h|\d{1,2} gio|phong hop)\b/,
  /\bde (?:anh|em|chi|minh|toi) (?:xem|kiem tra|check) lai\b/,
];

export const matchesAny = (patterns: readonly RegExp[], text: string): boolean => patterns.some((p) => p.test(text));
