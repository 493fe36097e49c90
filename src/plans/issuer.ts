import { caseOfName } from './name-case.js';

/** The head's right column (the national motto), set beside the issuer's lines and read with them. */
const MOTTO = /CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc/gu;

/**
 * The province's (or city's) People's Committee or its Chủ tịch, at the start of a text: the usual
 * issuer of a plan, who assigns work and is never the lead of a row.
 */
export const PROVINCE_ISSUER = /^(?:ủy ban nhân dân|ubnd|chủ tịch)\s+(?:tỉnh|thành phố)(?:\s|$)/iu;

// Who wrote the plan, when it is not the province's People's Committee (metadata.ts reads the rest
// of the head). The plan key stays made from the province (metadata.ts, «keyIssuer»).

/**
 * Rule «local-issuer»: a commune's, a ward's or a special zone's People's Committee writes its
 * own name under «ỦY BAN NHÂN DÂN» («PHƯỜNG BẾN TRE», «XÃ NA SẦM»): the plan is theirs, not the
 * province's («CỘNG HÒA XÃ HỘI …» beside it is no commune).
 */
export function localIssuer(head: string[]): string | null {
  // The line right under «ỦY BAN NHÂN DÂN» (the motto beside it set aside), never the title further
  // down («PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026» names no commune).
  const top = head.slice(0, 6).join('\n').replace(MOTTO, ' ');
  const m = top.match(
    /(?:ỦY|UỶ) BAN NHÂN DÂN\s+(XÃ|PHƯỜNG|ĐẶC KHU)\s+((?:[\p{Lu}Đ][\p{Lu}Đ\d-]*(?=\s|$))(?:[ \t]+[\p{Lu}Đ][\p{Lu}Đ\d-]*(?=\s|$))*)/u,
  );
  if (!m?.[1] || !m[2]) return null;
  const name = m[2]
    .split(/\s+/)
    .filter((w) => w !== '' && !/^(?:SỐ|ĐỘC)$/u.test(w))
    .map((w) => w.charAt(0) + w.slice(1).toLocaleLowerCase('vi'))
    .join(' ');
  return name === '' ? null : `UBND ${m[1].toLocaleLowerCase('vi')} ${name}`;
}

/**
 * Rule «department-issuer»: a Sở writes its name at the head under the province's («UBND TỈNH NGHỆ
 * AN / SỞ NÔNG NGHIỆP / VÀ MÔI TRƯỜNG»), however the two columns of the head come out: the notice
 * is the Sở's («Sở Nông nghiệp và Môi trường tỉnh Nghệ An»).
 */
export function departmentIssuer(top: string, province: string, level: 'tỉnh' | 'thành phố'): string | null {
  const tokens = top
    .replace(MOTTO, ' ')
    .split(/\s+/)
    .filter((t) => t !== '');
  const at = tokens.indexOf('SỞ');
  if (at < 0) return null;
  const words: string[] = [];
  for (const t of tokens.slice(at + 1)) {
    if (!/^[\p{Lu}Đ,-]+$/u.test(t) || /^(?:SỐ|TỈNH|THÀNH)$/u.test(t)) break;
    words.push(t);
  }
  if (words.length === 0) return null;
  const name = caseOfName(['SỞ', ...words].join(' ').replace(/,$/, ''));
  if (province === '') return name;
  return `${name} ${level} ${province}`;
}
