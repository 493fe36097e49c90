import { spokenTaskRefs } from './spoken-refs.js';
/**
 * Phone typos of the few words intents hinge on ("hna" for hạn, "thnah" for thành),
 * fixed token by token in folded text before the cues are read. Only listed tokens are
 * corrected: a general edit-distance fix turned real words into others ("thang" into
 * "thanh", "trong" into "thong"), which is worse than missing a typo.
 */
const KNOWN: Record<string, string> = {
  hna: 'han',
  hann: 'han',
  hanj: 'han',
  xog: 'xong',
  xonh: 'xong',
  xomg: 'xong',
  nhiemvu: 'nhiem vu',
  thnah: 'thanh',
  hoanthnah: 'hoan thanh',
  xonhg: 'xong',
  nhiemj: 'nhiem',
  quahan: 'qua han',
  denhan: 'den han',
  hoanthanh: 'hoan thanh',
  dangky: 'dang ky',
  dangki: 'dang ky',
  ki: 'ky',
  vs: 'voi',
  dc: 'duoc',
  đc: 'duoc',
  ko: 'khong',
  k: 'khong',
  hok: 'khong',
  r: 'roi',
  hab: 'han',
  dky: 'dang ky',
  dki: 'dang ky',
  ntn: 'nhu the nao',
  mn: 'moi nguoi',
  j: 'gi',
  qh: 'qua han',
  qa: 'qua',
  vc: 'viec',
  ttin: 'thong tin',
  bnhieu: 'bao nhieu',
  hdsd: 'huong dan su dung',
  ti: 'ty',
  lm: 'lam',
  vic: 'viec',
  nd: 'noi dung',
  teit: 'tiet',
  thah: 'thanh',
  khia: 'khai',
  tui: 'toi',
  hong: 'khong',
  hk: 'khong',
  dealine: 'deadline',
  dl: 'deadline',
  dag: 'dang',
  dg: 'dang',
  bn: 'bao nhieu',
  bc: 'bao cao',
  dk: 'dang ky',
  trc: 'truoc',
  hnay: 'hom nay',
  dv: 'don vi',
  e: 'em',
  xai: 'dung',
  list: 'danh sach',
  report: 'bao cao',
  digest: 'ban tin',
  task: 'nhiem vu',
  tasks: 'nhiem vu',
  overdue: 'qua han',
  due: 'den han',
  overview: 'tong quan',
  status: 'trang thai',
  update: 'cap nhat',
  late: 'tre',
};

/**
 * Telex left in the text when the keyboard did not convert it ("dduwowcj" for được,
 * "hoanf thanhf" for hoàn thành): no Vietnamese syllable ends in s, f, r, x or j or holds
 * "dd", "aa", "ee", "oo" or "w", so such a token is decoded, then folded like the rest.
 */
function untelex(token: string): string {
  if (!/[aeiouy]/.test(token) || !/^[a-z]+$/.test(token)) return token;
  const telex = /[sfrxj]$/.test(token) || /dd|aa|ee|oo|w/.test(token);
  if (!telex) return token;
  return token
    .replace(/([aeiouy][a-z]*?)[sfrxj]$/, '$1')
    .replace(/^dd/, 'd')
    .replace(/aa|aw/g, 'a')
    .replace(/ee/g, 'e')
    .replace(/oo|ow/g, 'o')
    .replace(/uw/g, 'u')
    .replace(/w/g, 'u');
}

/**
 * VNI left in the text ("chu7a" for chưa, "la2m" for làm, "vie65c" for việc): tone and vowel
 * digits right after a vowel (9 after d). Task IDs keep their digits: theirs follow consonants.
 */
function unvni(token: string): string {
  if (!/^[a-z][a-z1-9]*[a-z1-9]$/.test(token) || !/[aeiouy][1-8]|d9/.test(token)) return token;
  if (/(?:^|[^aeiouy1-9d])[1-9]/.test(token.replace(/d9/g, 'd'))) return token;
  return token.replace(/[1-9]/g, '');
}

// Words intents hinge on; a token one slip away from one of them (a letter too many at the
// end, two neighbours swapped) is read as that word. Only these, so real words stay intact.
const KEYWORDS = new Set(['han', 'xong', 'trien', 'khai', 'hoan', 'thanh', 'nhiem', 'viec', 'dang', 'chua', 'vuong', 'cham', 'khong', 'hop', 'tong', 'thuc', 'hien', 'huong', 'dan', 'tien', 'tiet', 'lam', 'nop', 'chung', 'ban', 'tin', 'xem', 'hang']);

// Onset, vowels, final: the shape of a folded Vietnamese syllable. A token of this shape is a
// real word ("cháu" is not a slip for "chưa") and is never corrected.
export const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

function nearKeyword(token: string): string | null {
  if (token.length < 3 || KEYWORDS.has(token) || SYLLABLE.test(token)) return null;
  // A stray last letter only where no Vietnamese syllable could end so ("hann", "trienr"; not "hanh").
  if (token.length >= 4 && KEYWORDS.has(token.slice(0, -1)) && !/(?:ch|ng|nh|[aeiouy][cmnpt]?)$/.test(token)) return token.slice(0, -1);
  for (let i = 0; i + 1 < token.length; i++) {
    const swapped = token.slice(0, i) + (token[i + 1] ?? '') + (token[i] ?? '') + token.slice(i + 2);
    if (KEYWORDS.has(swapped)) return swapped;
  }
  return null;
}

/**
 * Central Vietnamese ("việc chi", "đơn vị mô", "dùng răng rứa"): read where the word
 * cannot be something else ("chi" is also chị and chi tiết, so only after a noun or verb).
 */
function fromDialect(folded: string): string {
  return folded
    .replace(/\b(viec|gi|lam|go|xem|can|phai|noi dung|lenh) chi\b/g, '$1 gi')
    // "đk" after a verb is "được" ("xong đk mấy việc"); elsewhere it is "đăng ký".
    .replace(/\b(xong|lam|dat|hoan thanh|thuc hien|trien khai|co|giao) dk\b/g, '$1 duoc')
    .replace(/\b(don vi|viec|so|huyen|nhiem vu|nv|co quan|ngay|cai) mo\b/g, '$1 nao')
    .replace(/\b(dung|xai|lam|the|go) rang\b/g, '$1 sao')
    .replace(/\b(bot|nhom|viec|cai|tuan|thang|quy|nam|hom|bua|sang|chieu) ni\b/g, '$1 nay')
    // "ch làm": chưa (elsewhere "ch" is as often chị).
    .replace(/\bch (lam|trien khai|bat dau|thuc hien|xong|ht|hoan thanh)\b/g, 'chua $1')
    // "bữa nay", "bữa mai": today, tomorrow (central and southern).
    .replace(/\bbua (nay|mai)\b/g, (_, day: string) => (day === 'nay' ? 'hom nay' : 'ngay mai'))
    .replace(/\b(?:ghi|viet|bao|the) rang rua\s*$/, 'the nao')
    .replace(/\brua\s*$/, 'vay')
    // Speech-to-text slips on the words that matter.
    .replace(/\b(nhiem|noi|ngoai) du\b/g, '$1 vu')
    .replace(/\bhoan thang\b/g, 'hoan thanh')
    .replace(/\bqua hang\b/g, 'qua han')
    .replace(/\bcap nhap\b/g, 'cap nhat')
    .replace(/\bbao cac\b/g, 'bao cao')
    .replace(/\bdac ky\b/g, 'dang ky')
    .replace(/\btu phat\b/g, 'tu phap')
    .replace(/\btai chin\b/g, 'tai chinh')
}

/**
 * A message typed without a Vietnamese keyboard ("so72 tu7 pha1p", "Sowr Xaay duwngj"): when two
 * words or more decode as VNI or telex, each such word is replaced by its plain letters, so that
 * agency names and the rest are read like any message without diacritics.
 */
export function plainKeyboard(text: string): string {
  const decode = (token: string) => {
    const lower = token.toLowerCase();
    return /^[a-z][a-z1-9]*$/.test(lower) ? untelex(unvni(lower)) : lower;
  };
  const tokens = text.split(/(\s+)/);
  const changed = tokens.filter((t) => t.trim() !== '' && decode(t) !== t.toLowerCase()).length;
  if (changed < 2) return text;
  return tokens.map((t) => (t.trim() !== '' && decode(t) !== t.toLowerCase() ? decode(t) : t)).join('');
}

export function fixTypos(folded: string): string {
  // "tn60-79xog": a word typed onto the task ID; "focal point": the English for đầu mối.
  const tokens = fromDialect(folded.replace(/\bfocal point\b/g, 'dau moi').replace(/\b([a-z]{1,4}\d{2,4}[a-z]?-\d{1,3})(?=[a-z]{2})/g, '$1 '))
    .split(' ')
    .map((token) => {
      const known = KNOWN[token];
      if (known !== undefined) return known;
      const decoded = untelex(unvni(token));
      return KNOWN[decoded] ?? nearKeyword(decoded) ?? decoded;
    })
    .join(' ');
  return spokenTaskRefs(tokens);
}
