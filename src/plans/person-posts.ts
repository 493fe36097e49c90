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
