import { fold, shorten } from '../../domain/text.js';
import { capitalize, coordinatingIn, isBodyName, splitLeadingAgencies } from '../agency-list.js';
import { stripMarks } from '../document.js';
import { agencyClauses } from '../agency-clauses.js';
import { applyDeadline, dutyDrafts, findDeadlinePhrase } from '../duty.js';
import type { DraftTask, ReadContext } from '../types.js';

/**
 * One agency section's duties as task rows (agency-sections.ts finds the sections): a bullet, an
 * «a)» item or a paragraph is one task of the section's agencies; a request section asks; a
 * «Thời gian …» line dates the section or the duty above it.
 */

export interface Section {
  number: string;
  agencies: string[];
  kind: 'task' | 'request';
  /** A request whose heading names no one ("UBND tỉnh trân trọng đề nghị"): the body does. */
  agenciesInBody: boolean;
  /** Opened by a title that names no agency: duties that name none either are not tasks. */
  subtitle?: boolean;
  /** Bodies the heading says take part («Chi cục Thủy lợi (phối hợp)»). */
  coordinating?: string[];
  /** The group a lettered body's part belongs to (rule «agency-under-group»). */
  parent?: Section;
  duties: Array<{ text: string; at: number; letter: string }>;
}

const isDanglingLeadIn = (text: string): boolean =>
  text.length <= 60 &&
  /(?:phối hợp|với|và|gồm|bao gồm|như sau|cụ thể)$/u.test(text.replace(/^[a-zđ]\)\s*/u, '').trim());

/** A group of bodies («Các sở, ban, ngành», «UBND các xã, phường»), not one agency. */
export const isGroup = (name: string): boolean => /(?:^|\s)các\s/iu.test(name);

export function sectionDrafts(s: Section, prefix: string, ctx: ReadContext): { drafts: DraftTask[]; duties: number } {
  const order = [prefix, s.number].filter((x) => x !== '').join('.');
  const drafts: DraftTask[] = [];
  let sectionDeadline = '';
  let duties = 0;
  let unassigned = 0;
  const isTime = (text: string): boolean => /^thoi (?:gian|han)\b/.test(fold(stripMarks(text))) && text.length < 160;
  // Rule «time-after-duty»: «- Hướng dẫn …» / «Thời gian: trong tháng 3/2026.» once per duty — each
  // such line dates the duty above it; a single one after several duties dates the section.
  const perDuty = s.duties.filter((d) => isTime(d.text)).length >= 2;
  const timeOf = (k: number): string => {
    const next = s.duties[k + 1];
    return perDuty && next && isTime(next.text) ? stripMarks(next.text).replace(/[.;]\s*$/, '') : '';
  };
  s.duties.forEach((duty, k) => {
    if (perDuty && isTime(duty.text)) return;
    const plain = stripMarks(duty.text);
    // "Chủ trì … tham mưu cho UBND tỉnh:" introduces the bullets that follow it.
    // Rule «dangling-lead-in»: «b) Chủ trì, phối hợp» (no colon) opens the bullets that name
    // whom with; cut off before its object, it is not a duty of its own.
    if ((/:$/.test(plain) || isDanglingLeadIn(plain)) && k < s.duties.length - 1) return;
    // "Thời gian hoàn thành trước ngày 15/8/2024." applies to the section.
    if (/^thoi (?:gian|han)\b/.test(fold(plain)) && plain.length < 160) {
      sectionDeadline = findDeadlinePhrase(plain);
      return;
    }
    let lead = s.agencies;
    // The duty with its own time line (rule «time-after-duty»), on every path below.
    const time = timeOf(k);
    const withTime = (t: string): string => (time === '' ? t : `${t.replace(/[.;]\s*$/, '')}; ${time}`);
    const full = withTime(plain);
    let text = withTime(duty.text);
    let kind: 'task' | 'request' = s.kind;
    const request = full.match(/^(?:[-+•]\s*)?Đề nghị\s+(.+)$/su);
    if (request) kind = 'request';
    if (request || (s.agenciesInBody && lead.length === 0)) {
      const named = splitLeadingAgencies(request?.[1] ?? full.replace(/^[-+•]\s*/, ''));
      if (named) {
        lead = named.agencies;
        text = named.rest;
      }
    } else if (lead.length > 0 && lead.every(isGroup)) {
      // Rule «named-in-group»: under «Các sở, ban, ngành», a duty that opens with one of them
      // («- Sở Tài chính bố trí kinh phí …») is that agency's own.
      const named = splitLeadingAgencies(full.replace(/^(?:[-+•]|[a-zđ]\))\s*/u, ''));
      if (named && named.agencies.every((a) => !isGroup(a) && isBodyName(a))) {
        lead = named.agencies;
        text = named.rest;
      }
    }
    const itemOrder = duty.letter && duty.letter !== s.number ? `${order}.${duty.letter}` : order;
    const who = lead.length > 0 ? ` (${shorten(lead.join(', '), 60)})` : '';
    const source = `Mục ${itemOrder || '?'}${who}`;
    if (lead.length === 0 && s.subtitle) {
      unassigned += 1;
      return;
    }
    if (lead.length === 0) ctx.problems.push(`${source}: không rõ cơ quan được giao — để trống Cơ quan chủ trì.`);
    duties += 1;
    const at = { block: duty.at, item: k };
    // Rule «clause-per-agency» where the section names no single body (a title, or a group).
    const clauses = s.agencies.length === 0 || s.agencies.every(isGroup) ? agencyClauses(full) : null;
    for (const c of clauses ?? [{ agencies: lead, text }]) {
      const coordinating = [...(s.coordinating ?? []), ...coordinatingIn(c.text)];
      const base = { kind, order: itemOrder, lead: c.agencies, coordinating, source, at };
      drafts.push(...dutyDrafts(c.text, base, ctx));
    }
  });
  if (sectionDeadline !== '') {
    for (const d of drafts)
      if (d.deadlineText === '' && d.kind !== 'report') applyDeadline(d, capitalize(sectionDeadline), ctx);
  }
  if (unassigned > 0) {
    ctx.problems.push(
      `Mục ${order || '?'}: ${unassigned} đoạn không nêu cơ quan thực hiện, không đưa vào danh sách nhiệm vụ.`,
    );
  }
  return { drafts, duties };
}
