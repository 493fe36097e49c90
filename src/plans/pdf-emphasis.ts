/**
 * A PDF line's text with its bold and italic runs in markdown marks («**Sở Y tế:** chủ trì …»,
 * «*(Kèm theo Kế hoạch số …)*»), so the text reader sees in a PDF what it sees in a web page
 * converted to markdown: the same titles, the same bold names (ParaBlock.spans, boldLead).
 * Pure: runs in, text out.
 */

import { joinRun, type PdfRun, type Segment } from './pdf-lines.js';

type Style = '' | '*' | '**' | '***';

/** The segment's text, each run of one style inside its marks; plain when its runs are unknown. */
export function markedText(segment: Segment): string {
  const runs = (segment.runs ?? []).filter((r) => r.text.trim() !== '');
  if (runs.length === 0) return segment.text;
  const styles = runStyles(runs);
  let text = '';
  let end = 0;
  let open: Style = '';
  runs.forEach((run, k) => {
    const style = styles[k]!;
    const joined = joinRun(text, end, run);
    const space = text !== '' && joined.length - text.length > run.text.trim().length;
    if (style !== open) {
      // Marks hug the words: «**Sở Y tế:** chủ trì», never «**Sở Y tế: **chủ trì».
      text = `${text}${open}${space ? ' ' : ''}${style}${run.text.trim()}`;
      open = style;
    } else text = joined;
    end = Math.max(end, run.x + run.width);
  });
  return `${text}${open}`;
}

/**
 * Each run's style. A run without letters (a number «1.», a colon, a date's figures) takes the
 * style of the run before it, or at the line's start of the first run with letters: «1.» before a
 * bold «Sở Y tế» is part of the bold title, a bold «15/12/2025» after plain words stays plain.
 */
function runStyles(runs: readonly PdfRun[]): Style[] {
  const own = runs.map((r) => (/\p{L}/u.test(r.text) ? styleOf(r) : null));
  const first = own.find((s) => s !== null) ?? '';
  let last: Style = first;
  return own.map((s) => {
    if (s !== null) last = s;
    return s ?? last;
  });
}

function styleOf(run: PdfRun): Style {
  if (run.bold && run.italic) return '***';
  if (run.bold) return '**';
  return run.italic ? '*' : '';
}
