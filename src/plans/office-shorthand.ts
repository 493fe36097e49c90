import type { PlanDocument } from './document.js';
import { stripMarks } from './document.js';

/**
 * Rule «office-shorthand»: a small office types its own offices short and never defines them («P.KT»,
 * «P.VHXH», «BCH QS xã», «CA xã», «Trung tâm PVHCC», «Bộ phận TC-KT», «UBMTTQ xã»). These are the
 * same in every commune and ward since the 2025 reform, so they are data, spelled out for the sheet.
 * A plan's own definition always wins (abbreviations.ts tries it first).
 */
const SHORTHAND: ReadonlyArray<readonly [RegExp, string]> = [
  // «P.KTHT&ĐT», «P.KT,HT&ĐT»: a ward's Phòng Kinh tế, Hạ tầng và Đô thị (before «P.KT» alone).
  [/^P(?:\.\s?|hòng\s+)KT[,-]?\s?HT\s?[&-]\s?ĐT(?=\s|$)/u, 'Phòng Kinh tế, Hạ tầng và Đô thị'],
  [/^P\.\s?KT(?=\s|$)/u, 'Phòng Kinh tế'],
  [/^TYT(?=\s|$)/u, 'Trạm Y tế'],
  [/^TT\s?DVTH(?=\s|$)/u, 'Trung tâm Dịch vụ tổng hợp'],
  [/^TT\s?PVHCC(?=\s|$)/u, 'Trung tâm Phục vụ hành chính công'],
  [/^P(?:\.|hòng)\s?VH\s?-?\s?XH(?=\s|$)/u, 'Phòng Văn hóa - Xã hội'],
  [/^BCH\s?QS(?=\s|$)/u, 'Ban Chỉ huy Quân sự'],
  [/^Ban\s+CHQS(?=\s|$)/u, 'Ban Chỉ huy Quân sự'],
  [/^Bộ\s+CHQS(?=\s|$)/u, 'Bộ Chỉ huy Quân sự'],
  [/^CA(?=\s+(?:xã|phường|đặc khu)(?:\s|$))/u, 'Công an'],
  [/^VP HĐND\s?-\s?UBND(?=\s|$)/u, 'Văn phòng HĐND và UBND'],
  [/^UBMTTQ(?:VN)?(?=\s+(?:xã|phường|đặc khu)(?:\s|$))/u, 'Ủy ban MTTQ Việt Nam'],
  // A ward's neighbourhood boards («BĐH các khu phố»).
  [/^BĐH(?=\s+(?:các\s+)?(?:khu phố|khóm|ấp|tổ dân phố)(?:\s|$))/u, 'Ban điều hành'],
  [/\bPVHCC\b/u, 'Phục vụ hành chính công'],
  [/\bTC\s?-\s?KT\b/u, 'Tài chính - Kế toán'],
  // The social policy bank, as every province and commune writes it.
  [/^NHCSXH(?=\s|$)/u, 'Ngân hàng Chính sách xã hội'],
];

/** The office's names a shorthand can stand for, as the sheet writes them. */
const FULL_NAMES = [...new Set(SHORTHAND.map(([, full]) => full).filter((full) => /^\p{Lu}/u.test(full)))];

/**
 * Rule «shorthand-completed»: the shorthand says the office, not always its level or its whole name.
 * A ward types «P.KT» for its Phòng Kinh tế, Hạ tầng và Đô thị; a commune «TYT» for its Trạm Y tế xã.
 * The plan names the office in full somewhere (the «Kính gửi» list, «Nơi nhận», a sentence): when it
 * names it one way only, that way completes the shorthand. Two different ways (a Trạm Y tế xã and a
 * Trạm Y tế phường) leave the shorthand as spelled out, unguessed.
 */
// What may follow the office's name and still be its name: the ward office's longer name, then its level
// («Trạm Y tế xã», «Phòng Kinh tế, Hạ tầng và Đô thị phường»). The commune's own name after the level is
// left out, as the sheet writes a commune's offices.
const COMPLETION = /^((?:, Hạ tầng và Đô thị)?(?:\s(?:xã|phường|đặc khu))?)(?=$|[\s;,.:)])/u;

export function shorthandCompletions(doc: PlanDocument): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  const texts = doc.blocks.flatMap((b) => (b.type === 'para' ? [b.text] : b.rows.flat()));
  for (const raw of texts) {
    const text = stripMarks(raw).replace(/\s+/g, ' ');
    for (const full of FULL_NAMES) {
      for (let at = text.indexOf(full); at >= 0; at = text.indexOf(full, at + 1)) {
        const after = text.slice(at + full.length);
        const tail = COMPLETION.exec(after)?.[1] ?? '';
        // Only a longer name counts: the bare name in a sentence says nothing of the level. Nor does a
        // group («các Trạm Y tế xã, phường» quoted from the province): it names every level.
        const group =
          /(?:^|\s)các\s+$/u.test(text.slice(0, at)) ||
          /^,\s*(?:xã|phường|đặc khu)(?!\p{L})/u.test(after.slice(tail.length));
        if (tail.trim() === '' || group) continue;
        const ways = seen.get(full) ?? new Set<string>();
        ways.add(`${full}${tail}`);
        seen.set(full, ways);
      }
    }
  }
  const out = new Map<string, string>();
  for (const [full, ways] of seen) if (ways.size === 1) out.set(full, [...ways][0] ?? full);
  return out;
}

/** A name written as an office's shorthand, spelled out and completed from the plan (see above). */
export function spelledOut(name: string, completions: ReadonlyMap<string, string> = new Map()): string {
  let out = name;
  for (const [short, full] of SHORTHAND) out = out.replace(short, full);
  return out !== name ? (completions.get(out) ?? out) : out;
}
