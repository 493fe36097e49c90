import { CUES } from './cues.js';
import { base, type SlotDeps, statusUpdate } from './slots.js';
import { taskRefsIn, type TaskRefMatch } from './task-ref.js';
import type { Parsed } from './types.js';
import { presentOnly, updateStatus } from './update-slots.js';

/** A free-text message that names a task, as the rules read it. */
export interface TaskMessage {
  /** The message as read (the bot's name and any correction handled). */
  text: string;
  /** `text` folded, typos fixed. */
  folded: string;
  /** The message as typed, for the note kept with an update. */
  original: string;
  ref: TaskRefMatch;
  /** "?" anywhere, or a question word at the end. */
  asked: boolean;
}

/**
 * A message naming a task: a report of its progress, a question about it, or neither (a record
 * quoted, several tasks at once, a joke, a forecast), which is "unknown".
 */
export function aboutTask({ text, folded, original, ref, asked }: TaskMessage, deps: SlotDeps): Parsed {
  // Forecast clauses blanked (same length, so positions hold): only what is said about now counts.
  const present = presentOnly(folded);
  const found = updateStatus(present, ref);
  const afterRef = folded.slice(ref.end);
  if (quotesRecord(folded, ref)) {
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
    return statusUpdate(ref.ref, found, text, original, deps);
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

/**
 * "Em thấy bot ghi TN60-66 hoàn thành", "Biên bản họp ghi: …", "Công văn … yêu cầu hoàn thành …":
 * a record quoted, not a report (unless corrected).
 */
function quotesRecord(folded: string, ref: TaskRefMatch): boolean {
  return (
    /\b(?:bot (?:ghi(?! nhan| giup| gium| ho| lai)|bao|hien|de(?! nghi))(?: la)?|man hinh bot(?: day)?|bien ban(?: hop)? ghi|(?:cong van|van ban|thong bao|ke hoach)(?: \S+){0,3} (?:ghi|neu|yeu cau|giao))\b/.test(
      folded.slice(0, ref.start),
    ) && !/\b(?:sai|nham|chua dung|khong dung|nhung|thuc ra|that ra)\b/.test(folded)
  );
}
