import type { PlanDocument } from './document.js';
import { stripMarks } from './document.js';
import { fold } from '../domain/text.js';
import type { Who } from './who-field.js';

/**
 * Rule «first-named-leads»: a plan may say once, under or above its table, how to read a doer
 * column that lists several bodies: «(Đơn vị, bộ phận nêu đầu tiên tại cột «Đơn vị thực hiện» là
 * đơn vị chủ trì)», «Cơ quan ghi đầu tiên là cơ quan chủ trì, các cơ quan còn lại phối hợp». Then
 * the first body of such a cell leads and the others take part, instead of all leading.
 */
const NOTE =
  /(?:neu|ghi|liet ke|dung|xep)\s+(?:o\s+vi tri\s+)?(?:dau tien|thu nhat|truoc tien|dau)\b[^.;]{0,80}?\b(?:la|giu vai tro|lam)\s+(?:don vi|co quan|bo phan)\s+chu tri/;

export function readFirstNamedLeads(doc: PlanDocument): boolean {
  return doc.blocks.some((b) => b.type === 'para' && b.text.length <= 400 && NOTE.test(fold(stripMarks(b.text))));
}

/** A cell whose bodies were all read as leads: the first leads, the others take part. */
export function firstNamedLead(who: Who): Who {
  if (who.coordinating.length > 0 || who.lead.length < 2) return who;
  const [first, ...others] = who.lead;
  return first === undefined ? who : { lead: [first], coordinating: others };
}
