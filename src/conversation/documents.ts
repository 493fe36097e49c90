import type { IncomingMessage } from '#src/chat/message.js';
import type { Reply, ReplyFile } from '#src/chat/reply.js';

/**
 * Files in chat, as the commands see them: the official report to download, and plans a
 * coordinator sends to import. Implemented beside the report (src/reports/) and the importer
 * (src/plan-inbox/), given to the conversation by the composition root.
 */
export type ReportFormat = 'docx' | 'xlsx';

export interface ReportFileRequest {
  format: ReportFormat;
  /** As typed (2026-11, 2026-Q4 …), or null for the month whose window holds today. */
  period: string | null;
  agency: string | null;
}

export type ReportFileResult = { ok: true; file: ReplyFile; periodKey: string } | { ok: false; message: string };

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}

/** Plan files sent in chat: a preview first, written to the sheet only when confirmed. */
export interface PlanInboxPort {
  receiveFile(file: IncomingFile, message: IncomingMessage): Promise<Reply>;
  /** The console's «/nhap <đường dẫn>»: a file on the machine running the bot. */
  receivePath(path: string, message: IncomingMessage): Promise<Reply>;
  confirm(token: string, message: IncomingMessage): Promise<Reply>;
  cancel(token: string, message: IncomingMessage): Promise<Reply>;
}

export interface DocumentServices {
  report(request: ReportFileRequest): Promise<ReportFileResult>;
  /** Keeps a file for the console user under DATA_DIR; returns its path. */
  keep(file: ReplyFile): Promise<string>;
  inbox: PlanInboxPort;
}

/** Files a chat may send to the bot (Telegram's own limit for bots to download is also 20 MB). */
export const MAX_CHAT_FILE_BYTES = 20 * 1024 * 1024;

export const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1).replace('.', ',');
