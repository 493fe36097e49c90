/**
 * The channel-neutral reply: what the bot means to say, not how it looks. Each channel
 * renders it: Telegram with formatting and buttons, Zalo and the console as plain text
 * with numbered choices.
 */
export interface TaskLine {
  id: string;
  content: string;
  /** Deadline for display: "31/12/2024", "Thường xuyên", "" … */
  deadline: string;
  status: string;
  overdue: boolean;
}

export type ReplyBlock =
  | { type: 'text'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'tasks'; title: string; tasks: TaskLine[]; empty: string };

export interface Choice {
  label: string;
  /** The message that choosing it sends, as if the user had typed it. */
  value: string;
  /** A short label ("Cập nhật TN60-05") that may share a row of buttons with the next one. */
  short?: boolean;
}

/** Where a paged answer stands, and the messages that show the pages around it. */
export interface PageInfo {
  index: number;
  total: number;
  next?: string;
  previous?: string;
}

/** A file sent with a reply (the official report): a document on Telegram. */
export interface ReplyFile {
  /** File name as the reader sees it, e.g. «bao-cao-2026-11.docx». */
  name: string;
  bytes: Uint8Array;
  caption?: string;
}

export interface Reply {
  blocks: ReplyBlock[];
  choices?: Choice[];
  page?: PageInfo;
  /** Only channels that send documents get these (Telegram); the others are told where to find them by the command. */
  files?: ReplyFile[];
}

export const text = (value: string): ReplyBlock => ({ type: 'text', text: value });
export const heading = (value: string): ReplyBlock => ({ type: 'heading', text: value });
export const reply = (...blocks: ReplyBlock[]): Reply => ({ blocks });
