import { capitalize, isBodyName, LOWER_GROUP, splitLeadingAgencies } from './agency-list.js';

/**
 * Rule «actor-after-ground»: plans often put the ground or the moment of a duty before the body
 * that does it: «Trên cơ sở kết quả kiểm tra, đánh giá, chấm điểm của Sở Y tế, Hội đồng thi đua
 * họp xét …», «Căn cứ vào kết quả kiểm tra …, Ủy ban nhân dân cấp xã quyết định khen thưởng …»,
 * «Sau khi thực hiện mở tài khoản, Ủy ban nhân dân xã, phường phối hợp …», sometimes after a
 * short title («Thực hiện chi trả …: Sau khi …, …») and with the assigning verb kept («…, giao Sở
 * Y tế thành lập đoàn …»). The ground may hold commas of its own, so every comma is tried, the
 * first one after which a body and a duty follow wins. The whole item stays the duty's text.
 */

/** Words that open a ground or a moment, not an actor. */
const GROUND =
  /^(?:Trên cơ sở|Căn cứ|Sau khi|Khi|Trong quá trình|Trong thời gian|Đối với|Để|Nhằm|Theo|Định kỳ|Hằng năm|Hàng năm|Hằng tháng|Hằng quý)\s/u;
/**
 * Rule «conditional-order»: «Trường hợp phải chuyển mục đích sử dụng rừng, giao Sở Nông nghiệp và
 * Môi trường chủ trì … trước ngày 05/6/2026» hands out work should the case arise. Only with the
 * assigning verb: «Trường hợp Nhà máy … chậm, lượng rác … dự kiến tăng» forecasts, it orders nothing.
 */
export const CONDITION = /^(?:Trường hợp|Nếu)\s/u;
/** A short title before a colon («Thực hiện mở tài khoản và phát hành thẻ: …»). */
// «… bao gồm:», «… như sau:» open a list of members or items, not a topic.
const TITLE = /^(?![^:]*(?:gồm|như sau|sau đây)\s*:)[^:]{5,160}:\s*/u;
/** The assigning verb the issuer keeps before the body («giao», «đề nghị», «yêu cầu»). */
const ASSIGN = /^(?:giao|đề nghị|yêu cầu)\s+/iu;
const MAX_GROUND = 220;

export interface NamedActor {
  agencies: string[];
  /** The duty as the plan writes it, ground included. */
  rest: string;
}

export function actorAfterGround(item: string): NamedActor | null {
  const titled = item.match(TITLE);
  const body = titled ? item.slice(titled[0].length) : item;
  // After a title the actor may come at once («…: Ủy ban nhân dân xã, phường phối hợp …»).
  // A name is written with its capital («…: Ủy ban nhân dân xã, phường phối hợp …»); «…: quỹ tỉnh,
  // các quỹ đầu tư …» lists things, it names nobody.
  // So is a group in lower case under a title about who does what («3. Chế độ báo cáo: các đơn vị, …
  // báo cáo …»), not under «Địa bàn khảo sát: các xã …» (where, not who).
  const dutyTitle = /^(?:Chế độ báo cáo|Chế độ thông tin|Trách nhiệm|Phân công|Tổ chức thực hiện|Báo cáo)/iu.test(item);
  if (titled && (/^\p{Lu}/u.test(body) || (dutyTitle && LOWER_GROUP.test(body)))) {
    const direct = bodyFirst(body);
    if (direct) return { agencies: direct, rest: item };
  }
  const condition = CONDITION.test(body);
  if (!GROUND.test(body) && !condition) return null;
  for (let comma = body.indexOf(','); comma > 0 && comma <= MAX_GROUND; comma = body.indexOf(',', comma + 1)) {
    const after = body.slice(comma + 1).trim();
    if (condition && !ASSIGN.test(after)) continue;
    const agencies = bodyFirst(after);
    if (agencies) return { agencies, rest: item };
  }
  return null;
}

function bodyFirst(text: string): string[] | null {
  const named = splitLeadingAgencies(capitalize(text.trim().replace(ASSIGN, '')));
  if (!named || !named.agencies.every(isBodyName)) return null;
  // Rule «head-hands-on»: «…, Giám đốc Sở giao Phòng Chính sách dân tộc chủ trì, phối hợp …» — the
  // head hands the work to the unit, which leads it.
  const handed =
    named.agencies.length === 1 ? named.agencies[0]?.match(/^\S.{0,60}?\s+giao\s+(\p{Lu}.+)$/u)?.[1] : undefined;
  return handed && isBodyName(handed) ? [handed] : named.agencies;
}

/**
 * Rule «assigned-inside»: a task described first and assigned at the end («… Nhiệm vụ này giao
 * Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với …», «… do Ủy ban nhân dân các xã, phường
 * thực hiện», «Lớp bồi dưỡng … do Trường Quân sự tỉnh tổ chức», «…; Ban Tổ chức Tỉnh ủy chủ trì»).
 * Read for the one paragraph under a task's title and for list items, where nothing else names who.
 */
export function actorInside(item: string): NamedActor | null {
  // (No \b after a verb: in JavaScript it knows only ASCII letters, and «trì» ends in one it does not know.)
  const passive = item.match(/\bdo\s+(\p{Lu}[^;.]{2,160}?)\s+(?:chủ trì|thực hiện|đảm nhiệm|tổ chức)(?=[\s,;.:]|$)/u);
  // «Cử công chức tham gia các lớp bồi dưỡng do Trường Chính trị tỉnh tổ chức»: who runs the course
  // the item takes part in, not who does the item.
  const joins = passive && /(?:tham gia|tham dự|\bdự|theo|\bcử)\s/iu.test(item.slice(0, passive.index));
  const m =
    item.match(/\bgiao\s+(\p{Lu}[^;.]{2,160}?)\s+(?:chủ trì|thực hiện|tổ chức|triển khai|đảm nhiệm)(?=[\s,;.:]|$)/u) ??
    (joins ? null : passive) ??
    // «Cử 04 đồng chí … theo kế hoạch triệu tập của trên; Ban Tổ chức Tỉnh ủy chủ trì, phối hợp …».
    item.match(/[;:]\s+(\p{Lu}[^;.:]{2,160}?)\s+chủ trì(?=[\s,;.:]|$)/u);
  const names = m?.[1];
  if (!names) return null;
  const named = splitLeadingAgencies(`${names} thực hiện`);
  return named && named.agencies.every(isBodyName) ? { agencies: named.agencies, rest: item } : null;
}

/**
 * Rule «actor-in-bracket»: «… đề xuất gia hạn hợp đồng (Phòng Quản lý khoa học chủ trì, phối hợp
 * Phòng Kế hoạch - Tài chính; hoàn thành trước ngày 31/3/2026).» — a report's list of next steps
 * names who does each in a bracket at its end. Only a bracket that closes the item.
 */
export function actorInBracket(item: string): NamedActor | null {
  const names = item.match(/\((\p{Lu}[^();]{2,160}?)\s+chủ trì(?=[\s,;)])[^()]*\)[.;]?$/u)?.[1];
  if (!names) return null;
  const named = splitLeadingAgencies(`${names} thực hiện`);
  return named && named.agencies.every(isBodyName) ? { agencies: named.agencies, rest: item } : null;
}

/**
 * Rule «order-after-facts»: «1. Về cấp nước sinh hoạt …: Hiện nay toàn xã còn 312 hộ … chưa được
 * sửa chữa. Ủy ban nhân dân xã chủ trì, phối hợp với … kiểm tra, sửa chữa …, hoàn thành trước ngày
 * 30/10/2026.» — a Nghị quyết or a conclusion states the facts first; the first later sentence that
 * opens with a body and what it does is the order, and the duty runs from there. A sentence that
 * tells what was done («… đã triển khai …») orders nothing.
 */
export function actorInLaterSentence(item: string): NamedActor | null {
  // Only under a topic label («Về cấp nước sinh hoạt …:»): elsewhere a later sentence's body is
  // most often another part of the same duty.
  if (!/^Về\s[^:]{3,160}:\s/u.test(item)) return null;
  const sentences = item.split(/(?<=[.;])\s+(?=\p{Lu})/u);
  for (let k = 1; k < sentences.length; k += 1) {
    const sentence = sentences[k] ?? '';
    const named = splitLeadingAgencies(sentence);
    if (!named || !named.agencies.every(isBodyName)) continue;
    if (/^(?:đã|đang|chưa|được|cơ bản|còn)\s/iu.test(named.rest) || named.rest.split(/\s+/).length < 5) continue;
    return { agencies: named.agencies, rest: sentences.slice(k).join(' ') };
  }
  return null;
}
