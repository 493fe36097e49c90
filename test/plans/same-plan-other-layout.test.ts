import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ExtractedPlan, readPlanFile } from '../../src/plans/extract.js';
import { FIXTURES_DIR, writeTemp } from './helpers.js';

// The same plan written another way must give the same tasks: another office wraps its lines,
// drops the bold, escapes its numbers, leaves the website's menu around it, or converts its tables
// cell by cell. Each rewriting below is one such habit, applied to development plans of several
// writers (never to held-out ones).

const PLANS = [
  'real/tphcm-172-2025-luat-viec-lam',
  'real/dongthap-552-2025-doi-moi-cong-nghe-nganh-mui-nhon',
  'new-writers/dongnai-389-2025-bau-cu-2026',
  'new-writers-3/daklak-45-2026-phong-chong-benh-dai',
  'new-writers-3/vinhlong-57-2026-thu-ngan-sach',
  'new-writers-5/caobang-58-2026-xu-ly-tru-so-doi-du',
  'new-writers-5/quangninh-45-2026-chuong-trinh-ocop',
  'new-writers-7/danang-118-2026-khu-thuong-mai-tu-do',
  'new-writers-7/sonla-3168-2025-chuong-trinh-cong-tac-2026',
];

const isTableLine = (line: string): boolean => /^\s*\|/.test(line) || /^\s*-{3,}\s*\|/.test(line);

function hardWrap(md: string): string {
  return md
    .split('\n')
    .flatMap((line) => {
      if (isTableLine(line) || line.length <= 90) return [line];
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current !== '' && `${current} ${word}`.length > 80) {
          out.push(current);
          current = word;
        } else current = current === '' ? word : `${current} ${word}`;
      }
      return current === '' ? out : [...out, current];
    })
    .join('\n');
}

/** Pipe tables → the converter layout: a bar line opens and closes each row and parts its cells. */
function cellPerLine(md: string): string {
  const lines = md.split('\n');
  return lines
    .flatMap((line, k) => {
      const t = line.trim();
      if (/^\|?\s*:?-{3,}/.test(t) && t.includes('|') && /^\|.*\|$/.test(lines[k - 1]?.trim() ?? '')) return [];
      if (!(t.startsWith('|') && t.endsWith('|') && t.length > 2)) return [line];
      const cells = t
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim().replace(/<br>/g, '\n'));
      return ['|', ...cells.flatMap((c, i) => [...(i > 0 ? ['|'] : []), ...(c === '' ? [] : [c])]), '|'];
    })
    .join('\n');
}

/** Pipe tables → tab-separated rows, as a table copied out of Word. */
function tabSeparated(md: string): string {
  const lines = md.split('\n');
  return lines
    .flatMap((line, k) => {
      const t = line.trim();
      if (/^\|?\s*:?-{3,}/.test(t) && t.includes('|') && /^\|.*\|$/.test(lines[k - 1]?.trim() ?? '')) return [];
      if (!(t.startsWith('|') && t.endsWith('|') && t.length > 2)) return [line];
      return [
        t
          .slice(1, -1)
          .split('|')
          .map((c) => c.trim().replace(/<br>/g, ' '))
          .join('\t'),
      ];
    })
    .join('\n');
}

/** What a legal-document website does to every document it cites: a link to its page. */
function linkedReferences(md: string): string {
  let n = 0;
  return md.replace(
    /(?<![\p{L}[])((?:Nghị quyết|Quyết định|Kế hoạch|Chỉ thị|Thông tư|Nghị định|Công văn) số \d{1,5}\/[\p{L}\d/.-]*[\p{L}\d])/gu,
    (ref: string) => `[${ref}](https://thuvienphapluat.vn/van-ban/van-ban-${(n += 1)}.aspx)`,
  );
}

/** A converter's lists (turndown's default): «*   » items, nested ones indented. */
function markdownLists(md: string): string {
  return md
    .split('\n')
    .map((l) => (isTableLine(l) ? l : l.replace(/^\\?- /, '*   ').replace(/^\\?\+ /, '    *   ')))
    .join('\n');
}

/** Pipe tables → the HTML a converter keeps for a table it cannot write in pipes. */
function htmlTables(md: string): string {
  const cellHtml = (c: string): string =>
    c
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/&lt;br>/g, '<br>')
      .replace(/\\([.-])/g, '$1')
      .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
  const out: string[] = [];
  let rows: string[][] = [];
  const flush = (): void => {
    if (rows.length === 0) return;
    const tr = rows.map(
      (r, i) => `<tr>${r.map((c) => (i === 0 ? `<th>${cellHtml(c)}</th>` : `<td>${cellHtml(c)}</td>`)).join('')}</tr>`,
    );
    out.push('<table>', ...tr, '</table>');
    rows = [];
  };
  for (const line of md.split('\n')) {
    const t = line.trim();
    if (t.startsWith('|') && t.endsWith('|') && t.length > 2) {
      if (!/^\|[\s:|-]+\|$/.test(t))
        rows.push(
          t
            .slice(1, -1)
            .split('|')
            .map((c) => c.trim()),
        );
    } else {
      flush();
      out.push(line);
    }
  }
  flush();
  return out.join('\n');
}

/** A converter that found no header writes an empty one above each pipe table. */
function emptyHeaderRows(md: string): string {
  const lines = md.split('\n');
  return lines
    .flatMap((line, k) => {
      const t = line.trim();
      const prev = (lines[k - 1] ?? '').trim();
      if (/^\|[\s:|-]+\|$/.test(t) && t.includes('---') && /^\|.*\|$/.test(prev)) return [];
      if (!(t.length > 2 && t.startsWith('|') && t.endsWith('|') && !prev.startsWith('|'))) return [line];
      const width = t.split('|').length - 2;
      return [`|${' |'.repeat(width)}`, `|${'---|'.repeat(width)}`, line];
    })
    .join('\n');
}

/** What a web page carries unseen: a zero-width space before capitals, a soft hyphen in long words. */
function invisibleCharacters(md: string): string {
  let n = 0;
  return md
    .replace(/ (?=\p{Lu})/gu, ' \u200B')
    .replace(/(\p{L}{3})(\p{L}{2,})/gu, (word: string, a: string, b: string) =>
      (n += 1) % 7 === 0 ? `${a}\u00AD${b}` : word,
    );
}

const REWRITES: Record<string, (md: string) => string> = {
  'with every cited document linked («[Quyết định số …](https://…)»)': linkedReferences,
  'with its tables kept as HTML by the converter («<table><tr><td>…»)': htmlTables,
  'with an empty header row above each table («| | |»)': emptyHeaderRows,
  'with invisible characters (zero-width spaces, soft hyphens)': invisibleCharacters,
  'with its lists as a converter writes them («*   », nested «    *   »)': markdownLists,
  'with italic in underscores («_(Kèm theo …)_»)': (md) =>
    md.replace(/(?<![\p{L}\p{N}*\\])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\p{L}\p{N}*])/gu, '_$1_'),
  'with its section titles as markdown headings («## II. NHIỆM VỤ»)': (md) =>
    md.replace(/^\*\*([IVX]{1,4}\\?\.\s[^*\n]+)\*\*\s*$/gmu, '## $1'),
  'with its tables copied out of Word (tab-separated)': tabSeparated,
  'hard-wrapped at 80 characters': hardWrap,
  'without bold': (md) => md.replace(/\*\*/g, ''),
  'with escaped numbers and dashes («1\\.», «\\-»)': (md) =>
    md
      .split('\n')
      .map((l) => (isTableLine(l) ? l : l.replace(/^(\d{1,2})\. /, '$1\\. ').replace(/^- /, '\\- ')))
      .join('\n'),
  'inside a website’s menu and copyright line': (md) =>
    `Trang chủ › Văn bản pháp luật\n\nĐăng nhập | Đăng ký\n\n${md}\n\nLưu trữ | Ghi chú | Ý kiến | Facebook | Email | In\n\nBản quyền © 2025 Thư viện Pháp luật\n`,
  'with its tables in the converter’s cell-per-line layout': cellPerLine,
};

const tasksOf = (plan: ExtractedPlan): string[] =>
  plan.tasks.map((t) => `${t.kind} | ${t.lead.join('; ')} | ${t.deadline ?? ''} | ${t.content.slice(0, 50)}`);

describe('the same plan written another way', () => {
  for (const [habit, rewrite] of Object.entries(REWRITES)) {
    it(`gives the same tasks ${habit}`, async () => {
      // An empty cell in a header row («Cơ quan thực hiện | | Thời gian», the two-row header of a pipe
      // table) cannot be told from the row's end in the converter layout, whose pages merge it instead.
      // Without bold a name that only its bold run closes («**Hiệp hội Logistics Đà Nẵng** giới thiệu …»,
      // rule «bold-name») cannot be told from its verb: that plan says less, not the same.
      const plans =
        rewrite === cellPerLine
          ? PLANS.filter((p) => !p.includes('vinhlong'))
          : habit === 'without bold'
            ? PLANS.filter((p) => !p.includes('danang-118'))
            : PLANS;
      for (const plan of plans) {
        const source = join(FIXTURES_DIR, `${plan}.md`);
        const original = tasksOf(await readPlanFile(source));
        const name = plan.split('/')[1] ?? plan;
        const rewritten = tasksOf(await readPlanFile(writeTemp(`${name}.md`, rewrite(readFileSync(source, 'utf8')))));
        expect(original.length, plan).toBeGreaterThan(5);
        expect(rewritten, `${plan} ${habit}`).toEqual(original);
      }
    });
  }
});
