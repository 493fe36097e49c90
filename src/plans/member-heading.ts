import { POST } from './person-posts.js';

/**
 * Rule «member-heading»: a Ban Chỉ đạo hands out work to its members by their posts: «Đồng chí
 * Giám đốc Sở Y tế – Phó Trưởng ban thường trực», «Đồng chí Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự
 * tỉnh – Ủy viên». The work is the body's (as rule «title-is-not-agency» says): the post before it
 * and the place in the committee after the dash go. Null when the heading is no member's.
 */
const MEMBER = /^(?:Đồng chí|Đ\/c)\s+(.+?)\s+[–—-]\s+(?:Phó\s+)?(?:Trưởng ban|Ủy viên|Uỷ viên|Thành viên)\b.*$/u;

export function memberBody(heading: string): string | null {
  const m = heading
    .replace(/[:.]\s*$/, '')
    .trim()
    .match(MEMBER);
  if (!m?.[1]) return null;
  return m[1].replace(POST, '');
}
