import { afterPost } from './person-posts.js';
import { stripMarks } from './document.js';
import { capitalize, cleanAgencyName, LOWER_GROUP, OWN_LEADER, PERSON_NAME, startsWithAgency } from './agency-names.js';

/**
 * Splits an agency list: on line breaks and ";" always, on "," and " và " only where
 * the next part begins a new agency, so "Các sở, ban, ngành" stays whole.
 */
const MEMBER = new RegExp(
  String.raw`^(?:Ông|Bà|(?:Đại|Thượng|Trung|Thiếu)\s+(?:tá|úy|tướng))\s+${PERSON_NAME}\s*,\s*(?=\p{Lu})`,
  'u',
);

export function splitAgencies(text: string): string[] {
  const out: string[] = [];
  for (const whole of splitOutsideBrackets(stripMarks(text), /\s*[;\n]\s*/g).filter((_, k) => k % 2 === 0)) {
    // Rule «named-official»: «Ông Trần Văn Lộc, Giám đốc Sở Tài chính», «Thượng tá Vũ Đình Khang,
    // Phó Giám đốc Công an tỉnh» — a team member named with the post that places them: the post.
    // A bare post of the issuer's own («Bà Nguyễn Thị Thu Hằng, Phó Giám đốc») names no body: the
    // person is who does it, name and post one lead (rule «person-with-post»).
    const member = whole.match(MEMBER)?.[0];
    const post = member === undefined ? '' : whole.slice(member.length).trim();
    if (member !== undefined && !/[,;]/.test(post) && !startsWithAgency(afterPost(post) ?? '')) {
      out.push(whole);
      continue;
    }
    // A commune's own chair or deputy («Bà Nguyễn Thị Hoa, Phó Chủ tịch UBND xã»): that official.
    if (member !== undefined && OWN_LEADER.test(post)) {
      out.push(`${member.replace(/^(?:Ông|Bà)\s+/u, '').replace(/\s*,\s*$/u, '')} - ${post}`);
      continue;
    }
    const part = whole.replace(MEMBER, '');
    const pieces = splitOutsideBrackets(part, /,\s*|\s+và\s+|\s+va\s+/g);
    let current = pieces[0] ?? '';
    for (let i = 1; i < pieces.length; i += 2) {
      const sep = pieces[i] ?? '';
      const next = pieces[i + 1] ?? '';
      // After a comma a lower-case group starts a name only after a named agency («Sở Nội vụ, các sở, …»).
      const afterName = !sep.startsWith(',') || !/^các\s/iu.test(current.trim());
      const opensName =
        startsWithAgency(next) ||
        (afterName && LOWER_GROUP.test(next.trim())) ||
        // «… và các Ban Xây dựng Đảng»: «các» before a capitalised name opens a group of bodies.
        (/^các\s+\p{Lu}/u.test(next.trim()) && startsWithAgency(next.trim().slice(4)));
      // Rule «party-after-and»: «Ủy ban nhân dân các phường và chủ đầu tư» — the investor, the
      // contractor are parties of their own.
      const party = /và/u.test(sep) && /^(?:chủ đầu tư|nhà thầu|đơn vị thi công)(?=[\s,;.]|$)/u.test(next.trim());
      if ((opensName || party) && next.trim() !== '' && !isJointOffice(current, sep)) {
        out.push(current);
        current = party ? capitalize(next.trim()) : next;
      } else current += sep + next;
    }
    out.push(current);
  }
  return out.map(cleanAgencyName).filter((n) => n !== '' && !/^(?:và|va)$/i.test(n));
}

/**
 * The text cut at each match of `separator` outside brackets, the separators kept between the
 * pieces ([piece, separator, piece, …]): «Tổ công tác liên ngành phường (do Phó Chủ tịch …, Công
 * an phường là Tổ phó)» is one name, whatever its bracket lists.
 */
function splitOutsideBrackets(text: string, separator: RegExp): string[] {
  let depth = 0;
  const flat = text
    .split('')
    .map((ch) => {
      if (ch === '(') depth += 1;
      else if (ch === ')') depth = Math.max(0, depth - 1);
      else if (depth > 0) return '_';
      return ch;
    })
    .join('');
  // Brackets that do not close («Sở Y tế (chủ trì, Sở Tài chính») protect nothing.
  const scan = depth === 0 ? flat : text;
  const out: string[] = [];
  let from = 0;
  for (const m of scan.matchAll(separator)) {
    if (m[0] === '') continue;
    out.push(text.slice(from, m.index), text.slice(m.index, m.index + m[0].length));
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out;
}

/**
 * Rule «joint-office»: «Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh» is one office serving two
 * elected bodies (one agency since 2021), not two names joined by «và»; so is a commune's «Văn
 * phòng Hội đồng nhân dân và Ủy ban nhân dân phường» (since the 2025 reform).
 */
const isJointOffice = (current: string, sep: string): boolean =>
  /\s(?:và|va)\s/u.test(sep) &&
  /^Văn phòng (?:Đoàn đại biểu Quốc hội|Hội đồng nhân dân|HĐND)$/iu.test(current.trim().replace(/^[-+•]\s*/, ''));
