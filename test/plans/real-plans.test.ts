import { describe, expect, it } from 'vitest';
import { readPlanFile, type ExtractedPlan } from '../../src/plans/extract.js';
import { addScores, FORMATS, loadLabels, rates, scoreFile, type Score } from '../support/plan-eval.js';

// The importer on real plans of November 2025 from other provinces, against hand labels written
// from the documents (test/fixtures/plans/real/LABELS.md). Only the development part guards the
// code here; the held-out part is measured by `npm run eval:plans` and never tuned on.
// Floors sit a little under today's figures: a change that loses real tasks fails here.

const dev = loadLabels('dev');

describe('real plans, development part', () => {
  it('has hand labels for at least ten plans written by two labellers', () => {
    expect(dev.length).toBeGreaterThanOrEqual(10);
    expect(new Set(dev.map((l) => l.labeller)).size).toBeGreaterThanOrEqual(2);
  });

  it.each(FORMATS)('.%s: finds the labelled tasks with their lead agency and deadline', async (format) => {
    const scores: Score[] = [];
    for (const label of dev) scores.push(await scoreFile(label, format, (path) => readPlanFile(path)));
    const r = rates(addScores(scores));
    expect(r.recall).toBeGreaterThanOrEqual(0.84);
    expect(r.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.lead).toBeGreaterThanOrEqual(0.92);
    expect(r.deadline).toBeGreaterThanOrEqual(0.92);
  });

  it('reads the same tasks from the .md, .docx and .pdf of a plan', async () => {
    const stem = 'nghean-1026-2025-bao-ve-bi-mat-nha-nuoc';
    const dir = new URL('../fixtures/plans/real/', import.meta.url).pathname;
    const [md, docx, pdf] = await Promise.all(['md', 'docx', 'pdf'].map((f) => readPlanFile(`${dir}${stem}.${f}`)));
    if (!md || !docx || !pdf) throw new Error('three formats expected');
    const leads = (p: ExtractedPlan): string[] => p.tasks.map((t) => `${t.kind} ${t.lead.join('; ')}`);
    expect(md.plan).toMatchObject({ number: '1026/KH-UBND', date: '2025-11-26', issuer: 'UBND tỉnh Nghệ An' });
    expect(docx.plan).toMatchObject({ number: md.plan.number, date: md.plan.date, issuer: md.plan.issuer });
    expect(leads(docx)).toEqual(leads(md));
    expect(pdf.tasks.length).toBeGreaterThanOrEqual(md.tasks.length);
  });
});
