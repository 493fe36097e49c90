import { coordinatingIn, hasDutyVerb, ledByBody, splitAgencies, splitLeadingAgencies } from './agency-list.js';

/**
 * A cell or a line that says who does a task in one go — «Cơ quan thực hiện» in a table or an
 * inline block — in the ways plans write it:
 * - «Sở Nội vụ chủ trì, phối hợp (với) Sở Tư pháp và các sở, ngành»;
 * - «Sở Tư pháp (chủ trì); Sở Nội vụ, UBND các xã, phường (phối hợp)»;
 * - «Chủ trì: Thanh tra tỉnh; phối hợp: các sở, ngành»;
 * - rule «lead-says-chu-tri»: sentences («Sở Nội vụ chủ trì tham mưu …; Sở Tư pháp và … chủ động
 *   triển khai …»): the agency said to «chủ trì» leads, the agencies opening the others take part;
 * - a plain list, all of whom lead.
 */
export interface Who {
  lead: string[];
  coordinating: string[];
}

export function readWho(value: string): Who {
  return labelled(value) ?? bracketed(value) ?? leadThenSupport(value) ?? leadSaysChuTri(value) ?? markedHelpers(value);
}

/**
 * «Sở Nông nghiệp và Môi trường, Sở Tài chính (phối hợp)»: a name marked «(phối hợp)» takes part;
 * the others lead. Without marks every name leads.
 */
function markedHelpers(value: string): Who {
  const who: Who = { lead: [], coordinating: [] };
  // «Sở Giáo dục và Đào tạo; Văn phòng Ban An toàn giao thông tỉnh phối hợp.»: the mark in words, after
  // the last name (the name reader would take «phối hợp» for the duty's verb and drop it).
  const inWords = value.trim().match(/^(.+;\s*)([^;]+?)\s+phối hợp\s*[.;]?$/su);
  if (inWords?.[1] && inWords[2]) {
    const lead = splitAgencies(inWords[1]);
    if (lead.length > 0) return { lead, coordinating: splitAgencies(inWords[2]) };
  }
  for (const name of splitAgencies(value)) {
    const helper = name.match(/^(.+?)\s*\(phối hợp\)$/iu)?.[1];
    if (helper) who.coordinating.push(helper);
    else who.lead.push(name);
  }
  // Every name marked: nobody said who leads, so they all do, without the mark.
  return who.lead.length > 0 ? who : { lead: who.coordinating, coordinating: [] };
}

/** «Chủ trì: X; phối hợp: Y», «Phối hợp: Y. Chủ trì: X», or «Phối hợp: Y» alone (the lead is told elsewhere). */
function labelled(value: string): Who | null {
  const lead = value.match(/(?:^|[;.]\s*)(?:cơ quan |đơn vị )?chủ trì\s*:\s*([^;]+)/iu)?.[1];
  const only = value.trim().match(/^(?:cơ quan |đơn vị )?phối hợp\s*:\s*([^;]+?)\.?$/iu)?.[1];
  if (!lead && only) return { lead: [], coordinating: splitAgencies(only) };
  if (!lead) return null;
  // («Phối hợp: P.KT-HT-ĐT, BĐH các khu phố. Chủ trì: CA phường»: the partners end where the lead begins.)
  const support = value.match(
    /(?:^|[;.]\s*)(?:cơ quan |đơn vị )?phối hợp\s*:\s*([^;]+?)(?=\.?\s*(?:cơ quan |đơn vị )?chủ trì\s*:|;|\.?\s*$)/iu,
  )?.[1];
  return { lead: splitAgencies(lead), coordinating: support ? splitAgencies(support) : [] };
}

/**
 * «X (chủ trì); Y, Z (phối hợp)», and rule «marked-lead»: «Ủy ban Kiểm tra Tỉnh ủy (chủ trì); Ban Tổ
 * chức Tỉnh ủy» — when one name is marked to lead, the names without the mark take part.
 */
function bracketed(value: string): Who | null {
  const m = value.match(/^([^;]+?)\s*\(chủ trì\)\s*[;,]?\s*(?:(.+?)\s*\(phối hợp\))?\s*[.;]?$/isu);
  if (m?.[1]) return { lead: splitAgencies(m[1]), coordinating: m[2] ? splitAgencies(m[2]) : [] };
  if (!/\(chủ trì\)/iu.test(value)) return null;
  // (splitAgencies drops a role in brackets, so the marks are read per piece first.)
  const who: Who = { lead: [], coordinating: [] };
  for (const piece of value.split(/\s*;\s*|(?<=\))\s*,\s*/u)) {
    const lead = piece.match(/^(.+?)\s*\(chủ trì\)\s*\.?$/iu)?.[1];
    if (lead) who.lead.push(...splitAgencies(lead));
    else {
      const helpers = piece
        .replace(/\s*\(phối hợp\)\s*\.?$/iu, '')
        .replace(/^(?:và\s+)?phối hợp(?:\s+với)?\s*:?\s*/iu, '');
      who.coordinating.push(...splitAgencies(helpers));
    }
  }
  return who.lead.length > 0 ? who : null;
}

/** «X chủ trì(, phối hợp với Y)» as the whole value. */
function leadThenSupport(value: string): Who | null {
  const m = value.match(/^(.*?)\s*(?:\(|,)?\s*chủ trì\)?\s*[,;]?\s*(?:(?:và\s+)?phối hợp(?:\s+với)?\s*:?\s*(.*))?$/su);
  if (!m?.[1]) return null;
  // Rule «led-by» (agency-list.ts): «Đoàn kiểm tra liên ngành của xã, do Phòng Kinh tế chủ trì».
  const led = ledByBody(`${m[1]} chủ trì`);
  return { lead: led ? led.agencies : splitAgencies(m[1]), coordinating: m[2] ? splitAgencies(m[2]) : [] };
}

function leadSaysChuTri(value: string): Who | null {
  const [first = '', ...others] = value.split(/\s*;\s*/);
  const m = first.match(/^(.{3,200}?)\s+chủ trì(?=[\s,]|$)/su);
  const lead = m?.[1] && !hasDutyVerb(m[1]) ? splitAgencies(m[1]) : [];
  if (lead.length === 0) return null;
  const coordinating = others.flatMap((sentence) => splitLeadingAgencies(sentence)?.agencies ?? []);
  return { lead, coordinating: [...coordinatingIn(first), ...coordinating] };
}
