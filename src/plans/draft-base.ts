import { startsWithAgency } from './agency-list.js';
import type { DraftTask, Position } from './types.js';

/** Where a duty's rows come from and who does them, before its words are read (duty.ts). */
export interface DutyBase {
  kind: 'task' | 'request';
  order: string;
  lead: string[];
  coordinating: string[];
  source: string;
  at: Position;
}

export function emptyDraft(base: DutyBase, content: string): DraftTask {
  const marked = markedLead(content);
  return {
    kind: base.kind,
    order: base.order,
    // (The row keeps the partners in its words: «Sở Tài chính, Sở … phối hợp với Sở Xây dựng (cơ quan chủ trì) …».)
    content:
      marked && base.lead.length > 0
        ? `${base.lead.join(', ')} ${content.charAt(0).toLowerCase()}${content.slice(1)}`
        : content,
    lead: marked ?? base.lead,
    coordinating: marked ? [...base.lead, ...base.coordinating] : base.coordinating,
    deadlineText: '',
    deadline: null,
    recurrence: '',
    product: '',
    source: base.source,
    at: base.at,
  };
}

/**
 * Rule «partners-first»: «Sở Tài chính, Sở Nông nghiệp và Môi trường phối hợp với Sở Xây dựng (cơ quan
 * chủ trì) hoàn thiện hồ sơ …» — the partners are written first and the lead is the one marked: it
 * leads, and the bodies the duty opened with join it.
 */
function markedLead(content: string): string[] | null {
  const m = content.match(
    /^Phối hợp(?: chặt chẽ)?(?: với)?\s+([^()]{3,120}?)\s*\((?:là\s+)?(?:cơ quan|đơn vị)?\s*chủ trì(?:,?\s[^()]{1,30})?\)/u,
  );
  return m?.[1] && startsWithAgency(m[1].trim()) ? [m[1].trim()] : null;
}
