import { capitalize, isBodyName, splitLeadingAgencies } from '../agency-list.js';
import type { PlanDocument } from '../document.js';
import {
  actorAfterGround,
  actorInBracket,
  actorInLaterSentence,
  actorInside,
  type NamedActor,
} from '../ground-clause.js';
import { PROVINCE_ISSUER } from '../issuer.js';
import type { LeadIn } from './lead-ins.js';
import { isOnlyItemUnder } from './neighbour-blocks.js';
import { statedDoer } from './stated-doer.js';

/**
 * Who an item of prose hands its work to (actor-items.ts reads the items): the body it names
 * first, after a ground, in brackets or in a later sentence, or the body of the lead-in above it.
 */

/** The fields of an inline block («Cơ quan thực hiện: …», «Thời gian: …»), read in inline-blocks.ts. */
export const FIELD_LABEL =
  /^(?:cơ quan|đơn vị|thời gian|thời hạn|nội dung|sản phẩm|kết quả|kinh phí|tiến độ|chủ trì|phối hợp)[^:]{0,30}:/iu;
/** «Chủ trì, phối hợp», «Thực hiện Chương trình.»: a fragment of a list, not a duty. */
export const MIN_DUTY_WORDS = 6;

/** What of the reading an item's doer depends on: the lead-in above, the title, a directive's opener. */
export interface ItemSetting {
  owner: LeadIn | null;
  title: string;
  directive: boolean;
}

const INLINE_FIELD = /(?:Cơ quan|Đơn vị) (?:chủ trì|thực hiện)\s*:/u;

/**
 * Who the item hands its work to: «Giao Công an tỉnh theo dõi …», «Yêu cầu UBND các xã …» (a
 * conclusion's order), «Đề nghị Ủy ban MTTQ tỉnh …» (a request: the plan cannot order it), the
 * body of the lead-in above, or a body named after a ground. Null when it names none.
 */
export function whoDoesIt(
  state: ItemSetting,
  doc: PlanDocument,
  at: number,
  item: string,
  paragraph: boolean,
  periodTitle: boolean,
): { kind: 'task' | 'request'; agencies: string[]; content: string; alsoWith: string[] } | null {
  const asks = /^Đề nghị\s/u.test(item);
  const only = isOnlyItemUnder(doc, at);
  const stripped = capitalize(item.replace(/^(?:Giao|Yêu cầu|Đề nghị)\s+/u, ''));
  const block = doc.blocks[at];
  const boldLead = block?.type === 'para' ? block.boldLead : undefined;
  // Under an agency lead-in, an item is that body's unless it names its own first.
  // «… Trách nhiệm thực hiện: X», «…, do X thực hiện»: the item names its doer after its work.
  const doer = statedDoer(item);
  const leading = splitLeadingAgencies(stripped);
  // (Outside a lead-in, «Cơ quan chủ trì: …» is an inline block's field, read in inline-blocks.ts.)
  const stated = doer && (state.owner !== null || (!leading && !INLINE_FIELD.test(item))) ? doer : null;
  const owner = state.owner !== null && !leading && !stated ? state.owner : null;
  const named =
    (stated && state.owner !== null ? { agencies: stated.lead, rest: capitalize(item) } : null) ??
    (owner ? { agencies: owner.agencies, rest: capitalize(item) } : null) ??
    actorOf(stripped, boldLead) ??
    (stated ? { agencies: stated.lead, rest: capitalize(item) } : null) ??
    actorInBracket(item) ??
    actorInLaterSentence(item) ??
    ((only && state.title !== '') || !paragraph ? actorInside(item) : null);
  if (!named || !named.agencies.every(isBodyName) || named.rest.split(/\s+/).length < MIN_DUTY_WORDS) return null;
  // «Để bảo đảm …, Ủy ban nhân dân tỉnh Cà Mau xác định …»: the issuer states; it assigns itself nothing.
  if (!asks && named.agencies.some((a) => PROVINCE_ISSUER.test(a))) return null;
  // A plain paragraph addressed to everyone («Các cơ quan, đơn vị phối hợp chặt chẽ …») is a
  // general aim; one that names an agency («Sở Tài chính chủ trì bố trí kinh phí …») assigns.
  const general = named.agencies.some((a) => /^các\s/iu.test(a));
  if (!asks && !state.directive && paragraph && general) return null;
  // A title that is only a time («3. Quý I/2027:») dates the item (rule «period-heading»); it names no object.
  const titled = only && state.title !== '' && !periodTitle;
  const content = titled ? `${state.title.replace(/[.:]$/, '')}: ${named.rest}` : named.rest;
  const kind = asks || owner?.asks === true ? 'request' : 'task';
  return { kind, agencies: named.agencies, content, alsoWith: stated?.coordinating ?? owner?.coordinating ?? [] };
}

/**
 * Who the item names first, and its duty: «Ủy ban nhân dân xã, phường huy động …»; after a
 * short title or a ground (rule «actor-after-ground») the whole item stays the duty.
 */
function actorOf(item: string, boldLead?: string): NamedActor | null {
  const direct = splitLeadingAgencies(item, undefined, boldLead);
  if (direct) return direct;
  // «Cơ quan thực hiện: …», «Thời gian: …» are the fields of an inline block, read there.
  if (FIELD_LABEL.test(item)) return null;
  return actorAfterGround(item);
}
