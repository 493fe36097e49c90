import { splitAgencies } from '../agency-list.js';
import type { Who } from '../who-field.js';

/**
 * Rule «own-doer-over-lead-in»: under a lead-in that hands its items to one body, an item may say
 * who does it after all: «… chậm nhất 15.5.2026. Trách nhiệm thực hiện: Ủy ban nhân dân phường Sông
 * Cầu, Ủy ban nhân dân xã Xuân Lộc; Sở Nông nghiệp và Môi trường hỗ trợ …», «…, do Sở Nông nghiệp và
 * Môi trường thực hiện, xong trong tháng 4/2026», «Cơ quan chủ trì: …; cơ quan phối hợp: …». That
 * doer is the item's; the lead-in's body stays for the items that name none. Null when none is said.
 */
const FIELD =
  /(?:^|[.;]\s+)(?:Trách nhiệm thực hiện|Cơ quan chủ trì|Đơn vị chủ trì|Cơ quan thực hiện|Đơn vị thực hiện)\s*:\s*([^.]+)/u;
// «do» also means «because» («…, do UBND cấp xã thực hiện chưa nghiêm»): the verb must close the
// clause or lead to its time.
const DONE_BY =
  /,\s*do\s+([^,;()]{3,120}?)\s+(?:thực hiện|chủ trì|đảm nhiệm)(?=\s*(?:[,;.]|$|(?:xong|hoàn thành|trong|trước|từ|theo)\s))/u;
const HELPERS = /^(?:cơ quan |đơn vị )?(?:phối hợp|hỗ trợ)\s*:\s*/iu;

export function statedDoer(item: string): Who | null {
  const field = item.match(FIELD)?.[1];
  if (field) {
    const [first = '', ...rest] = field.split(/\s*;\s*/u);
    const lead = splitAgencies(first);
    // «…; Sở … hỗ trợ xác định giá đất», «…; cơ quan phối hợp: Sở …»: who helps.
    const coordinating = rest.flatMap((part) =>
      HELPERS.test(part) || /\s(?:phối hợp|hỗ trợ)(?:\s|$)/u.test(part) ? splitAgencies(part.replace(HELPERS, '')) : [],
    );
    return lead.length > 0 ? { lead, coordinating } : null;
  }
  const by = item.match(DONE_BY)?.[1];
  const lead = by ? splitAgencies(by) : [];
  return lead.length > 0 ? { lead, coordinating: [] } : null;
}
