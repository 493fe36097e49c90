import type { DateTime } from 'luxon';
import { fold } from '#src/domain/text.js';
import type { AgencyLookup } from '#src/domain/agencies/index.js';
import { withAgency } from './agency-slot.js';
import { findPeriod, nextDays } from './period.js';
import { findTaskRef, taskRefsIn } from './task-ref.js';
import { DEFAULT_DUE_DAYS, OPEN_ONLY, PLAN } from './task-list-slots.js';
import { fixTypos } from './typos.js';
import { EXTENSION } from './safety.js';
import type { StatusFound } from './status-words.js';
import type { Intent, Parsed } from './types.js';
import { noteAfter, presentOnly, reporterOf, updateStatus } from './update-slots.js';

/**
 * The fields of a message once its intent is known, read by the extractors (task references,
 * status words, progress, periods, agencies). The rules fill them as they decide; when the
 * model decides another intent than the rules, these fill them for that intent.
 */
export function base(intent: Intent): Parsed {
  return {
    intent,
    agency: null,
    taskRef: null,
    status: null,
    progress: null,
    period: null,
    newDate: null,
    agencyText: null,
    agencyProblem: null,
    note: '',
    uncertain: false,
    confirm: false,
    why: { by: 'rule', rule: null, score: null, modelIntent: null, ruleIntent: null },
    reason: '',
    page: 1,
    openOnly: false,
    query: '',
    plan: null,
    command: null,
    args: '',
  };
}

export interface SlotDeps {
  agencies: AgencyLookup;
  now: () => DateTime;
}

/**
 * A report on `taskRef` with the status `found` in it: the words typed after it are its note, and
 * the agency reporting it is read from the message. Rules and model build it the same way.
 */
export function statusUpdate(
  taskRef: string,
  found: StatusFound,
  text: string,
  original: string,
  deps: SlotDeps,
): Parsed {
  const parsed: Parsed = {
    ...base('status_update'),
    taskRef,
    status: found.status,
    progress: found.progress,
    uncertain: found.uncertain ?? false,
    note: noteAfter(original),
  };
  return reporterOf(parsed, text, deps);
}

/** A question: "?" anywhere, or a question word at the end ("… xong rồi hả bot"). */
const ASKED = /(?<![\p{L}])(?:(?:hả|hở|nhỉ|hử|chứ|ha)(?:\s+(?:bot|em|anh|chị))?|à\s+(?:bot|em|anh|chị))\s*[!.…]*\s*$/iu;

export function isAsked(text: string): boolean {
  return /\?/.test(text) || ASKED.test(text.trim());
}

/** Why an update cannot be read from a message, or null when its task and status are there. */
export function updateBlocker(text: string): string | null {
  const folded = fixTypos(fold(text));
  const ref = findTaskRef(folded);
  if (!ref) return 'update-needs-task-and-status';
  const present = presentOnly(folded);
  if (updateStatus(present, ref).status === null) return 'update-needs-task-and-status';
  if (isAsked(text)) return 'question-is-not-update';
  if (taskRefsIn(present).size > 1) return 'one-task-per-update';
  if (EXTENSION.test(folded)) return 'extension-is-not-update';
  return null;
}

/** The fields of `intent` read from `text` (normalised, the bot's call removed); `original` as typed, for notes. */
export function slotsFor(intent: Intent, text: string, original: string, deps: SlotDeps): Parsed {
  const folded = fixTypos(fold(text));
  const ref = findTaskRef(folded);
  switch (intent) {
    case 'status_update': {
      if (!ref) return base(intent);
      return statusUpdate(ref.ref, updateStatus(presentOnly(folded), ref), text, original, deps);
    }
    case 'task_detail':
      return ref
        ? { ...base(intent), taskRef: ref.ref }
        : { ...base(intent), query: text.replace(/[?!.…]+$/u, '').trim() };
    case 'extension_request':
      return requestWithAgency(extensionSlots(text, folded, deps), text, deps);
    case 'due_soon': {
      const period = findPeriod(folded, deps.now()) ?? nextDays(deps.now(), DEFAULT_DUE_DAYS);
      return withAgency({ ...base(intent), period }, text, deps.agencies, false);
    }
    case 'tasks_of_agency': {
      const parsed = withAgency({ ...base(intent), openOnly: OPEN_ONLY.test(folded) }, text, deps.agencies, false);
      const plan = PLAN.exec(folded)?.[1] ?? null;
      return plan && !parsed.agency ? { ...parsed, plan, agencyText: null, agencyProblem: null } : parsed;
    }
    case 'overdue':
    case 'stats':
    case 'register':
    case 'subscribe':
      return withAgency(base(intent), text, deps.agencies, false);
    case 'help':
    case 'unknown':
      return base(intent);
  }
}

/**
 * A request to extend a deadline: the task, the new date asked for ("đến 30/7", "sang tháng 8":
 * the end of what is named) and the reason ("vì …", "do …", "lý do …").
 */
export function extensionSlots(text: string, folded: string, deps: SlotDeps): Parsed {
  const ref = findTaskRef(folded);
  const afterRef = ref ? folded.slice(ref.end) : folded;
  const period = findPeriod(afterRef, deps.now()) ?? findPeriod(folded, deps.now());
  const reason =
    /(?<![\p{L}])(?:vì|vi|do|lý do|ly do|bởi|tại)(?![\p{L}])[\s:]*([^.;!?]{3,})/iu.exec(text)?.[1]?.trim() ?? '';
  const parsed: Parsed = {
    ...base('extension_request'),
    taskRef: ref?.ref ?? null,
    newDate: period?.to ?? null,
    reason,
  };
  // "UBND xã Tân Cương kính đề nghị gia hạn …": the agency before the request asks.
  const head = REQUESTER.exec(text)?.[1];
  const requester = head ? withAgency(parsed, head, deps.agencies, false) : parsed;
  return requester.agency ? requester : parsed;
}

/** The agency asking for an extension: before its request, else as the reporter of an update. */
export function requestWithAgency(parsed: Parsed, text: string, deps: SlotDeps): Parsed {
  return parsed.agency ? parsed : reporterOf(parsed, text, deps);
}

const REQUESTER =
  /^(.{2,80}?)\s+(?:kính\s+|kinh\s+)?(?:đề nghị|de nghi|xin|kiến nghị|kien nghi|đề xuất|de xuat)(?![\p{L}])/iu;
