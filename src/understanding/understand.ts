import type { DateTime } from 'luxon';
import { fold } from '#src/domain/text.js';
import { OWN_AGENCY, type AgencyLookup } from '#src/domain/agencies/index.js';
import { ADDRESSES_BOT, CUES, matchesAny, NOT_FOR_BOT, TO_A_COLLEAGUE } from './cues.js';
import { findPeriod, nextDays } from './period.js';
import { findStatus } from './status-words.js';
import { noteAfter, presentOnly, reporterOf, updateStatus } from './update-slots.js';
import { findTaskRef, taskRefsIn } from './task-ref.js';
import { fixTypos, plainKeyboard } from './typos.js';
import { normalizeMessage } from './normalize.js';
import { withoutNegated } from './negation.js';
import { withAgency } from './agency-slot.js';
import type { Intent, Parsed } from './types.js';
import { base, extensionSlots, requestWithAgency } from './slots.js';
import { asksExtension } from './safety.js';
import { decideIntent, ruleWhy, withConfirm, type FreeTextReading } from './decide.js';
import { defaultIntentModel, type IntentModel } from './model/intent-model.js';
import { withSupportPart } from './support-part.js';

/**
 * Text → what the user wants, with its fields. Slash commands are read by their name;
 * free text by cues, most specific first. A message that asks nothing of the bot
 * ("cảm ơn Sở Tư pháp nhé") is "unknown": it is answered kindly and never acted on.
 */
export interface UnderstandDeps {
  agencies: AgencyLookup;
  now: () => DateTime;
  /** Slash names without diacritics → the intent each command answers (from commands/). */
  slash: ReadonlyMap<string, Intent>;
  /** The intent model: the trained one shipped with the bot when left out; null for the rules alone. */
  intentModel?: IntentModel | null;
}

const DEFAULT_DUE_DAYS = 7;
const FOLLOW_UP =
  /^(?:ok |uh |u |vang |da |cam on(?: bot)? )?(?:(?:the|vay) (?:con\b|\S+ (?:thi sao|\?))|(?:the|vay) (?:tuan|thang|quy|nam|ngay)\b|con (?:\S+ ){0,6}thi sao\b)/;
const PLAN = /\b(?:ke hoach|kh) ?(?:so )?(\d{1,4})\b(?! ?(?:ngay|thang|nam|%))/;
const SEARCH =
  /^(?:(?:bot|em)\s+)?(?:tìm|tim|tìm kiếm|tim kiem|tra cứu|tra cuu)(?:\s+(?:giúp|giup|hộ|ho|cho)(?:\s+(?:em|tôi|toi|mình|minh|chị|chi|anh))?)?\s+(?:các\s+|cac\s+|những\s+|nhung\s+)?(?:việc|viec|nhiệm vụ|nhiem vu|nv|đầu việc|dau viec|nội dung|noi dung)\s+(?:về\s+|ve\s+|liên quan (?:đến|tới)\s+|lien quan (?:den|toi)\s+|có chữ\s+|co chu\s+)?(.{3,})$/iu;
/** "còn việc gì", "chưa xong", "đang dở": what is left, not everything ever given. */
const OPEN_ONLY =
  /\b(?:chua (?:xong|hoan thanh|ht|lam|thuc hien|trien khai|ket thuc)|dang do|do dang|con (?:nhung |cac )?(?:viec|nv|nhiem vu|gi|nao|phan viec|dau viec|noi dung|lai|ton))\b/;
const WEAK_DAYS =
  /\b(?:(?:vao )?cuoi tuan|hom nay|(?:sang |chieu )?thu (?:2|3|4|5|6|7|hai|ba|tu|nam|sau|bay)(?: nay| tuan (?:nay|sau|toi))?|chu nhat)\b/g;
/** Longer messages are read from their start only: the cues are regular expressions, some of them with several open gaps. */
const READ_CHARS = 1000;

export function understandMessage(message: string, deps: UnderstandDeps): Parsed {
  // "… trang 3" asks for a page of a long answer, whatever the question.
  const { rest: text, page } = pageOf(message.trim().slice(0, READ_CHARS));
  const command = commandIn(text, deps.slash);
  if (command) {
    const parsed = withConfirm({
      ...fromCommand(command.name, command.args, deps),
      page,
      why: ruleWhy('slash-command'),
    });
    return withSupportPart(parsed, command.args, deps.agencies);
  }
  const model = deps.intentModel === undefined ? defaultIntentModel() : deps.intentModel;
  const read = readFreeText(text, deps);
  if (!model)
    return withSupportPart(
      withConfirm({ ...read.rules, page, why: ruleWhy(null, read.rules.intent) }),
      text,
      deps.agencies,
    );
  return withSupportPart(
    { ...decideIntent(read, model.predict(text, read.rules.intent), deps), page },
    text,
    deps.agencies,
  );
}

/** The rules' reading of free text, and the text the slots are read from. */
function readFreeText(text: string, deps: UnderstandDeps): FreeTextReading {
  // Two questions in one message: the first is answered ("…, à mà bot có nhắc qua Zalo không").
  const first = firstQuestion(text);
  const normalized = withoutNegated(plainKeyboard(normalizeMessage(first)));
  return { rules: fromFreeText(normalized, deps, text), normalized: uncalled(normalized), original: text };
}

/** Command names typed without the slash: long enough to be no ordinary word ("sapden 10", "quahan stp"). */
const BARE_COMMANDS = new Set([
  'nhiemvu',
  'quahan',
  'trehan',
  'sapden',
  'denhan',
  'capnhat',
  'baocao',
  'thongke',
  'dangky',
  'dangki',
  'theodoi',
  'trogiup',
  'huongdan',
]);

/**
 * A command as people type it: "/nhiemvu stp", "/nhiem vu stp" and "/quá hạn" (the name in words),
 * "bot ơi /nhiemvu …", or a long command name without the slash ("sapden 20").
 */
function commandIn(text: string, slash: ReadonlyMap<string, Intent>): { name: string; args: string } | null {
  const m = /^(?:(?:@\w*bot|bot)(?:\s+ơi)?[\s,:]*)?(\/)?((?:[\p{L}\d_]+)(?:@[\w.]+)?(?:\s+[\s\S]*)?)$/iu.exec(text);
  if (!m?.[2]) return null;
  // "/xem@DonDocBot TN60-05": the bot's handle after the name is not part of it.
  const words = m[2].split(/\s+/).map((word, i) => (i === 0 ? word.replace(/@[\w.]+$/, '') : word));
  const names = (n: number) => fold(words.slice(0, n).join('')).replace(/\s+/g, '');
  if (m[1]) {
    // The longest run of one to three words that names a command; else the first word, unknown.
    for (let n = Math.min(3, words.length); n >= 1; n--) {
      if (slash.has(names(n))) return { name: names(n), args: words.slice(n).join(' ').trim() };
    }
    return { name: names(1), args: words.slice(1).join(' ').trim() };
  }
  // Typed in plain letters only: "nhiệmvụ của sởnộivụ" is words run together, not the command.
  const typed = words[0] ?? '';
  if (typed !== typed.normalize('NFD').replace(/[\u0300-\u036f]/g, '') || /đ/i.test(typed)) return null;
  if (!BARE_COMMANDS.has(names(1)) || !slash.has(names(1))) return null;
  return { name: names(1), args: words.slice(1).join(' ').trim() };
}

const SECOND_QUESTION =
  /(?:[,.;]?\s+(?:à mà|với lại|tiện (?:cho )?(?:em|mình|tôi|chị|anh)?\s*hỏi|(?:rồi |và )?cho (?:em|mình|tôi|chị|anh) hỏi (?:thêm|luôn)|bot ơi bot)|[,.;]\s*xong thì)(?![\p{L}])/iu;

/** The text up to a second question, when what comes before it already asks or reports something. */
function firstQuestion(text: string): string {
  const m = SECOND_QUESTION.exec(text);
  if (!m || m.index === 0) return text;
  const head = text.slice(0, m.index);
  const folded = fixTypos(fold(head));
  const asks = /\?/.test(head) || CUES.question.test(folded) || findTaskRef(folded) !== null;
  return asks && folded.split(' ').length >= 3 ? head : text;
}

/** The message without its page suffix: what to send again for another page. */
export function withoutPage(message: string): string {
  return pageOf(message.trim()).rest;
}

function pageOf(text: string): { rest: string; page: number } {
  const m = /^(.*?)\s+trang\s*(\d{1,4})\s*$/iu.exec(text);
  return m?.[1] ? { rest: m[1].trim(), page: Number(m[2]) } : { rest: text, page: 1 };
}

function fromCommand(name: string, args: string, deps: UnderstandDeps): Parsed {
  const intent = deps.slash.get(name);
  if (!intent) return { ...base('unknown'), command: name, args };
  const rest = args;
  const parsed: Parsed = { ...base(intent), command: name, args };
  const folded = fixTypos(fold(rest));
  // "/capnhat dùng ntn": a question about the command, not a use of it.
  // (Not for /xem, whose words may be a task's content: "/xem hướng dẫn triển khai".)
  if (
    intent !== 'help' &&
    intent !== 'task_detail' &&
    (matchesAny(CUES.howTo, folded) || matchesAny(CUES.help, folded)) &&
    !findTaskRef(folded)
  )
    return { ...base('help'), command: name, args };
  switch (intent) {
    case 'tasks_of_agency':
    case 'overdue':
    case 'stats':
    case 'register':
      return withAgency(parsed, rest, deps.agencies, true);
    case 'due_soon': {
      const days = /^(\d{1,3})\b(?!\s*(?:thang|tuan|nam|quy))/.exec(folded);
      const period = days
        ? nextDays(deps.now(), Number(days[1]))
        : (findPeriod(folded, deps.now()) ?? nextDays(deps.now(), DEFAULT_DUE_DAYS));
      return withAgency({ ...parsed, period }, days ? rest.replace(/^\s*\d+/, '') : rest, deps.agencies, false);
    }
    case 'extension_request':
      return { ...extensionSlots(rest, folded, deps), command: name, args };
    case 'task_detail':
    case 'status_update': {
      const ref =
        findTaskRef(folded) ??
        (/^\d{1,3}$/.test(folded.split(' ')[0] ?? '')
          ? { ref: folded.split(' ')[0] ?? '', start: 0, end: (folded.split(' ')[0] ?? '').length, full: false }
          : null);
      // "/xem dân vận khéo": no ID, words of the content to look for.
      if (!ref) return intent === 'task_detail' ? { ...parsed, query: rest.trim() } : parsed;
      const withRef = { ...parsed, taskRef: ref.ref };
      if (intent === 'task_detail') return withRef;
      const { status, progress, uncertain } = findStatus(folded, ref.end);
      return { ...withRef, status, progress, uncertain: uncertain ?? false, note: noteAfter(rest) };
    }
    default:
      return parsed;
  }
}

/** `message` is the message as normalised for reading; `original` as typed, for the note kept with an update. */
function fromFreeText(message: string, deps: UnderstandDeps, original: string): Parsed {
  // "bot ơi, …", "@DonDocBot …" (normalised to "bot"): the call is not part of the question.
  const called = CALLED.exec(message);
  const rest = uncalled(message);
  // A correction in a report is read as the later state (status-words.ts); elsewhere it names the agency.
  const text = findTaskRef(fixTypos(fold(rest))) ? rest : corrected(rest);
  const folded = fixTypos(fold(text));
  if (folded === '') return base('unknown');

  // A question about the bot itself ("bot này dùng ntn vậy mn") is help even in group chatter.
  // Not when it speaks to a room ("cảm ơn các đồng chí đã dự tập huấn sử dụng bot").
  if (
    /\bbot\b/.test(folded) &&
    matchesAny(CUES.help, folded) &&
    !/^(?:cam on|xin cam on|thanks?|tks)\b/.test(folded) &&
    !/\bdang ky\b/.test(folded)
  )
    return base('help');
  if (
    !called &&
    !ADDRESSES_BOT.test(folded) &&
    (matchesAny(NOT_FOR_BOT, folded) || TO_A_COLLEAGUE.some((p) => p.test(text)))
  )
    return base('unknown');
  if (matchesAny(CUES.howTo, folded)) return base('help');
  // "?" anywhere, or a question word at the end ("… xong rồi hả bot", "… vẫn đang vướng à"; "ạ" is polite, not asking).
  const asked =
    /\?/.test(text) ||
    /(?<![\p{L}])(?:(?:hả|hở|nhỉ|hử|chứ|ha)(?:\s+(?:bot|em|anh|chị))?|à\s+(?:bot|em|anh|chị))\s*[!.…]*\s*$/iu.test(
      text.trim(),
    );
  const ref = findTaskRef(folded);
  // "xin gia hạn TN60-05 đến 30/7": a request to extend a deadline, never an update.
  if (asksExtension(folded) && !asked) return requestWithAgency(extensionSlots(text, folded, deps), text, deps);
  if (ref) {
    // Forecast clauses blanked (same length, so positions hold): only what is said about now counts.
    const present = presentOnly(folded);
    const found = updateStatus(present, ref);
    const afterRef = folded.slice(ref.end);
    // "Em thấy bot ghi TN60-66 hoàn thành", "Biên bản họp ghi: …", "Công văn … yêu cầu hoàn thành …":
    // a record quoted, not a report (unless corrected).
    if (
      /\b(?:bot (?:ghi(?! nhan| giup| gium| ho| lai)|bao|hien|de(?! nghi))(?: la)?|man hinh bot(?: day)?|bien ban(?: hop)? ghi|(?:cong van|van ban|thong bao|ke hoach)(?: \S+){0,3} (?:ghi|neu|yeu cau|giao))\b/.test(
        folded.slice(0, ref.start),
      ) &&
      !/\b(?:sai|nham|chua dung|khong dung|nhung|thuc ra|that ra)\b/.test(folded)
    ) {
      return asked || CUES.strongQuestion.test(afterRef) || /\b(?:gi|nao|ai|khi nao|bao gio)\b/.test(afterRef)
        ? { ...base('task_detail'), taskRef: ref.ref }
        : base('unknown');
    }
    const question =
      asked ||
      CUES.strongQuestion.test(afterRef) ||
      CUES.askAbout.test(folded) ||
      /^(?:chi tiet|thong tin|xem)\b/.test(folded);
    // Several tasks at once is a summary for people, not a report (the bot takes one task per report);
    // and a joke is no report either.
    const refs = taskRefsIn(present);
    const joking =
      /(?<![\p{L}])(?:haha+|hihi|kkk+)(?![\p{L}])/iu.test(text) ||
      /\b(?:thi tot biet may|uoc gi|bot ma tu)\b/.test(folded);
    if (found.status !== null && !question && refs.size <= 1 && !joking) {
      const parsed: Parsed = {
        ...base('status_update'),
        taskRef: ref.ref,
        status: found.status,
        progress: found.progress,
        uncertain: found.uncertain ?? false,
        note: noteAfter(original),
      };
      return reporterOf(parsed, text, deps);
    }
    if ((present !== folded || refs.size > 1 || joking) && !question) return base('unknown');
    if (
      question ||
      CUES.detail.test(folded) ||
      CUES.strongQuestion.test(folded) ||
      /\b(?:gi|nao|ai|han)\b/.test(folded) ||
      CUES.taskNoun.test(afterRef) ||
      CUES.yesNo.test(afterRef)
    ) {
      return { ...base('task_detail'), taskRef: ref.ref };
    }
    return base('unknown');
  }

  // "tìm việc về chuyển đổi số": a task looked for by what it is about.
  const search = SEARCH.exec(text.trim());
  if (search?.[1]) return { ...base('task_detail'), query: search[1].replace(/[?!.…]+$/u, '').trim() };
  const asks = CUES.question.test(folded) || CUES.taskNoun.test(folded);
  if (matchesAny(CUES.help, folded)) return base('help');
  if (matchesAny(CUES.subscribe, folded)) return withAgency(base('subscribe'), text, deps.agencies, false);
  // "tôi được giao làm đầu mối …, bot cho tôi xem danh sách việc": the list is what is asked.
  const showMe =
    /\b(?:cho (?:toi|em|minh|chi|anh|chau|bac) (?:xem|xin|hoi)|liet ke|muon (?:hoi|biet|xem))\b/.test(folded) &&
    CUES.taskNoun.test(folded) &&
    !/\bdang ky\b/.test(folded);
  if (matchesAny(CUES.register, folded) && !showMe) return withAgency(base('register'), text, deps.agencies, false);
  // "bao nhiêu việc, liệt kê giúp": the list is what is wanted; counting alone is statistics.
  const wantsList = CUES.wantsList.test(folded);
  // "thống kê" is also the name of Cục Thống kê: only "cục thống kê" names the agency.
  const statsText = /^thong ke\b/.test(folded) ? text.replace(/^\s*\S+\s+\S+/u, '') : text;
  // "thống kê giúp các nhiệm vụ đến hạn": a list of late or due tasks is asked, not numbers.
  const listOfTasks =
    wantsList && !/\bty le\b/.test(folded) && (matchesAny(CUES.overdue, folded) || matchesAny(CUES.dueSoon, folded));
  if (matchesAny(CUES.stats, folded) && !listOfTasks) return withAgency(base('stats'), statsText, deps.agencies, false);
  if (matchesAny(CUES.weakStats, folded) && !wantsList) {
    const stats = withAgency(base('stats'), text, deps.agencies, false);
    if (asks || stats.agency) return stats;
  }
  // "quá hạn thì bị xử lý thế nào" asks about rules, not about late tasks.
  const short = folded.split(' ').length <= 4;
  if (
    matchesAny(CUES.overdue, folded) &&
    (asks || short || deps.agencies.findInText(text) !== null) &&
    !(
      /\bthi(?: \S+){0,3} (?:bi|xu ly|ky luat|phat|tru diem)\b|\bthi sao\b/.test(folded) &&
      !/^(?:\S+ )?con\b.*\bthi sao$/.test(folded)
    )
  ) {
    return withAgency(base('overdue'), text, deps.agencies, false);
  }
  const dueCue = matchesAny(CUES.dueSoon, folded);
  // "hôm nay em phải làm báo cáo", "giao ban sáng thứ 2" mention a day without asking what is due then.
  const period = findPeriod(dueCue ? folded : folded.replace(WEAK_DAYS, ' '), deps.now());
  // A date that says what the list is for ("để phục vụ buổi làm việc ngày 20/6") is no deadline.
  const purpose = /\b(?:phuc vu|buoi|cuoc hop|lam viec voi|doan kiem tra)\b/.test(folded);
  if (dueCue || (period && CUES.taskNoun.test(folded) && !purpose)) {
    return withAgency(
      { ...base('due_soon'), period: period ?? nextDays(deps.now(), DEFAULT_DUE_DAYS) },
      text,
      deps.agencies,
      false,
    );
  }
  // A follow-up ("thế còn Sở Nội vụ thì sao", "thế tuần sau?"): what it names says what it asks.
  if (FOLLOW_UP.test(folded)) {
    if (period) return withAgency({ ...base('due_soon'), period }, text, deps.agencies, false);
    const agency = withAgency(base('tasks_of_agency'), text, deps.agencies, false);
    if (agency.agency) return agency;
  }
  // A message that is just an agency's name ("STP", "Sở Tư pháp?") asks for its tasks.
  if (folded.split(' ').length <= 8) {
    const whole = deps.agencies.resolve(text.replace(/[?!.…]+$/u, '').trim());
    // A typo'd name is fine ("so tu phsp"), a sentence that merely looks like one is not.
    if (whole.kind === 'match' && whole.score >= 0.86)
      return { ...base('tasks_of_agency'), agency: whole.agency.name, openOnly: OPEN_ONLY.test(folded) };
  }
  if (CUES.taskNoun.test(folded)) {
    const parsed = withAgency(
      { ...base('tasks_of_agency'), openOnly: OPEN_ONLY.test(folded) },
      text,
      deps.agencies,
      false,
    );
    // "kế hoạch 60 có những việc gì": the tasks of one plan.
    const plan = PLAN.exec(folded)?.[1] ?? null;
    if (plan && !parsed.agency) return { ...parsed, plan, agencyText: null, agencyProblem: null };
    if (
      parsed.agency ||
      parsed.agencyProblem ||
      OWN_AGENCY.test(folded) ||
      /^(?:nhiem vu|nv|viec|danh sach|ds)\b/.test(folded)
    )
      return parsed;
  }
  return base('unknown');
}

const CALLED = /^\s*bot(?:\s+(?:ơi|oi)(?![\p{L}])[\s,:!.]*|\s*[,:!.]+\s*)/iu;

/** The message without the bot's name or handle at its start. */
function uncalled(message: string): string {
  const called = CALLED.exec(message);
  return called && called[0].length < message.length ? message.slice(called[0].length) : message;
}

/** "việc quá hạn của Sở KH&CN, à không, Sở TT&TT mới đúng": the correction is read first. */
function corrected(text: string): string {
  const m = /^(.*?)[,.;]?\s+(?:à|a)\s+(?:không|khong|nhầm|nham)(?![\p{L}])[\s,:]*(.+)$/iu.exec(text);
  return m?.[1] && m[2] ? `${m[2]}, ${m[1]}` : text;
}
