import { communeWordsAt } from '../domain/agencies/index.js';
import { VILLAGE_UNITS } from './agency-starts.js';

/**
 * Rule «title-is-not-agency»: a person's post before the body they head — «Giám đốc Sở Y tế»,
 * «Chánh Thanh tra tỉnh», «Phó Chủ tịch UBND xã», «Thủ trưởng các cơ quan, đơn vị» — names the
 * body's head; the work is the body's, which is what the directory and the reminders know. One
 * list, as data, for the importer (agency-list.ts, member-heading.ts) and the evaluation.
 */
const POSTS = [
  'Chủ tịch',
  'Giám đốc',
  'Chỉ huy trưởng',
  'Tổng Biên tập',
  'Thủ trưởng',
  'Người đứng đầu',
  'Lãnh đạo',
  'Bí thư',
  'Cục trưởng',
  'Chi cục trưởng',
  // «Phó Trưởng ban Ban Quản lý các Khu công nghiệp»: the head of a Ban, named after the post.
  'Trưởng ban(?=\\s+Ban\\s)',
  // «Trưởng Công an xã», «Trưởng Ban Quản lý …» (not «Trưởng thôn», a body of its own: lower case).
  'Trưởng',
  // «Chánh Văn phòng UBND tỉnh» heads «Văn phòng UBND tỉnh»; «Chánh» alone is no post.
  'Chánh(?=\\s+(?:Văn phòng|Thanh tra))',
];

/** A post (with «Phó» for a deputy) and the space after it, before a name or a group. */
// «Trưởng các thôn, khối phố» heads no office: the village heads are who does the work.
export const POST = new RegExp(
  `^(?:Phó\\s+)?(?:${POSTS.join('|')})\\s+(?=\\p{Lu}|các\\s)(?!các\\s+(?:${VILLAGE_UNITS.join('|')})(?:[\\s,;.]|$))`,
  'u',
);
/** «Trưởng phòng Hành chính tư pháp»: the head of a phòng, the body's name in lower case after the post. */
const HEAD_OF_DEPARTMENT = /^(?:Phó\s+)?Trưởng\s+(?=phòng\s+\p{Lu})/u;

/** The text after the post that opens it, or null when it opens with none. */
export function afterPost(text: string): string | null {
  const department = text.match(HEAD_OF_DEPARTMENT);
  if (department) return `P${text.slice(department[0].length + 1)}`;
  const post = text.match(POST);
  return post ? text.slice(post[0].length) : null;
}

/**
 * Rule «post-then-name»: «Phó Giám đốc Sở Nguyễn Thị Hồng Nhung trực tiếp chỉ đạo …», «Phó Chủ tịch
 * UBND phường Phạm Thị Lan chủ trì …» — the post, then the person who holds it: a full name of three
 * or four words that opens with a family name (data below). Who does it is that official, written
 * as the named-official rule writes one («Nguyễn Thị Hồng Nhung - Phó Giám đốc Sở»).
 * Many places and bodies bear a person's name: after a level the commune's name comes first
 * («phường Trần Hưng Đạo» is a ward, «phường Lê Chân Nguyễn Văn Hải» a ward and its chair; the
 * 2025 communes are data, domain/agencies/communes.ts), and a hospital's, a school's, a company's
 * name («Bệnh viện Lê Văn Thịnh») is never its head's.
 */
const FAMILY_NAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Trương',
  'Đoàn',
  'Lâm',
  'Mai',
  'Cao',
  'Lương',
  'Tạ',
  'Hà',
  'Chu',
  'Quách',
  'Thái',
  'Triệu',
  'Tô',
  'Vương',
  'Trịnh',
  'Đào',
  'Lưu',
  'Kiều',
  'Tăng',
  'Châu',
  'Hứa',
  'Nông',
  'Lò',
  'Quàng',
  'Lục',
  'Sầm',
  'Thạch',
  'Kim',
  'Danh',
  'La',
];
const POST_BEFORE_NAME = new RegExp(
  String.raw`^((?:Phó\s+)?(?:Giám đốc|Chủ tịch|Trưởng phòng|Trưởng ban|Chánh Văn phòng|Chánh Thanh tra|Hiệu trưởng|Chỉ huy trưởng|Trưởng)(?:\s+[^\s;:()]+){0,9}?)\s+(?=(?:${FAMILY_NAMES.join('|')})\s+\p{Lu})`,
  'u',
);
/** Bodies called by a person's name: the name after them is theirs, not a head's. */
const NAMED_AFTER = /(?:Bệnh viện|Trường|Học viện|Đại học|Cao đẳng|Bảo tàng|Thư viện|Công ty|Nhà văn hóa)(?:\s|$)/u;

/** «Phó Giám đốc Sở Nguyễn Thị Hồng Nhung …» → the official («Nguyễn Thị Hồng Nhung - Phó Giám đốc Sở») and the rest. */
export function postThenName(rawText: string): { official: string; rest: string } | null {
  // («Đồng chí Giám đốc Sở Văn hóa, Thể thao và Du lịch Phạm Thị Ngọc Lan trực tiếp chỉ đạo …».)
  const text = rawText.replace(/^(?:Đồng chí|Đ\/c)\s+(?=(?:Phó\s+)?\p{Lu})/u, '');
  const m = text.match(POST_BEFORE_NAME);
  if (!m?.[1] || afterPost(m[1]) === null || NAMED_AFTER.test(m[1])) return null;
  let post = m[1];
  const after = text.slice(m[0].length);
  let caps = (after.match(/^(?:\p{Lu}[\p{L}']*\s+)*\p{Lu}[\p{L}']*/u)?.[0] ?? '').split(/\s+/u);
  // After a level, the commune's name first («phường Lê Chân Nguyễn Văn Hải»), or only it.
  if (/(?:^|\s)(?:xã|phường|đặc khu)$/u.test(post)) {
    const n = communeWordsAt(caps);
    if (n > 0) {
      post = `${post} ${caps.slice(0, n).join(' ')}`;
      caps = caps.slice(n);
    }
  }
  const name = caps.slice(0, 4);
  if (name.length < 3 || caps.length > 4 || !FAMILY_NAMES.includes(name[0] ?? '')) return null;
  const at = after.indexOf(name.join(' '));
  const rest = after.slice(at + name.join(' ').length).replace(/^\s*,?\s*/u, '');
  return { official: `${name.join(' ')} - ${post}`, rest };
}
