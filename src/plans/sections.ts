import { fold, shorten } from '../domain/text.js';
import {
  capitalize,
  coordinatingIn,
  hasDutyVerb,
  splitAgencies,
  splitLeadingAgencies,
  startsWithAgency,
} from './agency-list.js';
import type { ParaBlock, PlanDocument } from './document.js';
import { footnoteDefinition, stripMarks } from './document.js';
import { applyDeadline, dutyDrafts, findDeadlinePhrase } from './duty.js';
import type { DraftTask, ReadContext } from './types.js';

/**
 * Duties per agency under "TỔ CHỨC THỰC HIỆN": numbered agency headings ("1. Sở Nội vụ",
 * several agencies in one heading), agency-then-duty paragraphs ("2. Sở Nội vụ thường
 * xuyên theo dõi …"), duties as bullets, a)/b) items or paragraphs (one task each),
 * and "Đề nghị …" sections, which become requests.
 */

interface Section {
  number: string;
  agencies: string[];
  kind: 'task' | 'request';
  /** A request whose heading names no one ("UBND tỉnh trân trọng đề nghị"): the body does. */
  agenciesInBody: boolean;
  duties: Array<{ text: string; at: number; letter: string }>;
}

export interface SectionResult {
  drafts: DraftTask[];
  /** Number of duties read (before report splitting), to tell the user what was set aside. */
  duties: number;
  found: boolean;
}

const START = /^(?:([ivx]+|[a-z]|\d+)\s*[.\-)]\s*)?to chuc thuc hien\s*:?$/;
const END = /^(?:tren day la|noi nhan|phu luc|\(?co phu luc|kt\.? chu tich|tm\.? uy ban|[ivx]+\s*[.\-)]\s+\S)/;

function isAgencyHeading(text: string): boolean {
  const t = stripMarks(text).replace(/[:.]$/, '').trim();
  return t.length <= 200 && startsWithAgency(t) && !hasDutyVerb(t) && splitAgencies(t).length > 0;
}

function requestHeading(text: string): { agencies: string[] | null } | null {
  const t = stripMarks(text).replace(/[:.]$/, '').trim();
  const f = fold(t);
  if (f.startsWith('de nghi')) {
    const rest = t.replace(/^(?:đề nghị|Đề nghị|ĐỀ NGHỊ)\s*/u, '');
    return { agencies: startsWithAgency(rest) ? splitAgencies(rest) : null };
  }
  return f.endsWith('de nghi') && f.length < 60 ? { agencies: null } : null;
}

export function tasksFromSections(doc: PlanDocument, ctx: ReadContext): SectionResult {
  const blocks = doc.blocks;
  const start = blocks.findIndex((b) => b.type === 'para' && START.test(fold(stripMarks(b.text))));
  if (start < 0) return { drafts: [], duties: 0, found: false };
  const roman = (fold(stripMarks((blocks[start] as ParaBlock).text)).match(START)?.[1] ?? '').toUpperCase();

  const sections: Section[] = [];
  for (let i = start + 1; i < blocks.length; i += 1) {
    const block = blocks[i];
    if (!block || block.type === 'table') break;
    const text = stripMarks(block.text) === '' ? '' : block.text;
    if (END.test(fold(stripMarks(text)))) break;
    if (text === '' || footnoteDefinition(text)) continue;
    const num = text.match(/^(\d{1,2}(?:\.\d{1,2})*)[.)]\s+(.+)$/su);
    const body = num?.[2] ?? text;
    const current = sections[sections.length - 1];
    const isHeading = num !== null || block.strong === true || (block.level ?? 0) > 0;
    if (isHeading) {
      const request = requestHeading(body);
      if (request) {
        sections.push(section(num?.[1] ?? '', request.agencies ?? [], 'request', request.agencies === null));
        continue;
      }
      if (isAgencyHeading(body)) {
        sections.push(section(num?.[1] ?? '', splitAgencies(stripMarks(body).replace(/[:.]$/, '')), 'task', false));
        continue;
      }
      const inline = num ? splitLeadingAgencies(stripMarks(body)) : null;
      if (inline && num) {
        const s = section(num[1] ?? '', inline.agencies, 'task', false);
        s.duties.push({ text: inline.rest, at: i, letter: '' });
        sections.push(s);
        continue;
      }
    }
    if (!current) continue; // introduction before the first agency
    const letter = text.match(/^([a-zđ])\)\s/u)?.[1] ?? num?.[1] ?? '';
    current.duties.push({ text, at: i, letter });
  }

  const drafts: DraftTask[] = [];
  let duties = 0;
  for (const s of sections) {
    const made = sectionDrafts(s, roman, ctx);
    duties += made.duties;
    drafts.push(...made.drafts);
  }
  return { drafts, duties, found: sections.length > 0 };
}

function section(number: string, agencies: string[], kind: Section['kind'], agenciesInBody: boolean): Section {
  return { number, agencies, kind, agenciesInBody, duties: [] };
}

function sectionDrafts(s: Section, roman: string, ctx: ReadContext): { drafts: DraftTask[]; duties: number } {
  const order = [roman, s.number].filter((x) => x !== '').join('.');
  const drafts: DraftTask[] = [];
  let sectionDeadline = '';
  let duties = 0;
  s.duties.forEach((duty, k) => {
    const plain = stripMarks(duty.text);
    // "Chủ trì … tham mưu cho UBND tỉnh:" introduces the bullets that follow it.
    if (/:$/.test(plain) && k < s.duties.length - 1) return;
    // "Thời gian hoàn thành trước ngày 15/8/2024." applies to the section.
    if (/^thoi (?:gian|han)\b/.test(fold(plain)) && plain.length < 160) {
      sectionDeadline = findDeadlinePhrase(plain);
      return;
    }
    let lead = s.agencies;
    let text = duty.text;
    let kind: 'task' | 'request' = s.kind;
    const request = plain.match(/^(?:[-+•]\s*)?Đề nghị\s+(.+)$/su);
    if (request) kind = 'request';
    if (request || (s.agenciesInBody && lead.length === 0)) {
      const named = splitLeadingAgencies(request?.[1] ?? plain.replace(/^[-+•]\s*/, ''));
      if (named) {
        lead = named.agencies;
        text = named.rest;
      }
    }
    const itemOrder = duty.letter && duty.letter !== s.number ? `${order}.${duty.letter}` : order;
    const who = lead.length > 0 ? ` (${shorten(lead.join(', '), 60)})` : '';
    const source = `Mục ${itemOrder || '?'}${who}`;
    if (lead.length === 0) ctx.problems.push(`${source}: không rõ cơ quan được giao — để trống Cơ quan chủ trì.`);
    duties += 1;
    drafts.push(
      ...dutyDrafts(text, { kind, order: itemOrder, lead, coordinating: coordinatingIn(plain), source, at: duty.at * 1000 + k }, ctx),
    );
  });
  if (sectionDeadline !== '') {
    for (const d of drafts) if (d.deadlineText === '' && d.kind !== 'report') applyDeadline(d, capitalize(sectionDeadline), ctx);
  }
  return { drafts, duties };
}
