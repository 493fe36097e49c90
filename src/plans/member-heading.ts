/**
 * Rule «member-heading»: a Ban Chỉ đạo hands out work to its members by their posts: «Đồng chí
 * Giám đốc Sở Y tế – Phó Trưởng ban thường trực», «Đồng chí Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự
 * tỉnh – Ủy viên». The work is the body's (as rule «title-is-not-agency» says): the post before it
 * and the place in the committee after the dash go. Null when the heading is no member's.
 */
const MEMBER = /^(?:Đồng chí|Đ\/c)\s+(.+?)\s+[–—-]\s+(?:Phó\s+)?(?:Trưởng ban|Ủy viên|Uỷ viên|Thành viên)\b.*$/u;

/**
 * Posts held in a body, longest first: «Phó Giám đốc» before «Giám đốc». «Chánh Văn phòng UBND tỉnh»
 * heads «Văn phòng UBND tỉnh»: only «Chánh» goes.
 */
const POST =
  /^(?:Phó\s+)?(?:Chủ tịch|Giám đốc|Chỉ huy trưởng|Tổng Biên tập|Thủ trưởng|Trưởng|Bí thư|Cục trưởng|Chi cục trưởng|Chánh(?=\s+(?:Văn phòng|Thanh tra)))\s+(?=\p{Lu})/u;

export function memberBody(heading: string): string | null {
  const m = heading
    .replace(/[:.]\s*$/, '')
    .trim()
    .match(MEMBER);
  if (!m?.[1]) return null;
  return m[1].replace(POST, '');
}
