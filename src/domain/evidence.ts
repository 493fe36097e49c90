/**
 * Evidence of a task (issue #17): the files a focal point sends and the document numbers
 * written in a report, kept one per line in the bot-owned Minh chứng cell:
 *
 *   Tệp: bien-ban.pdf (06/12/2026 14:05, Nguyễn Văn A (Sở Tư pháp)) https://drive.google.com/…
 *   Văn bản: CV số 123/STP-VP ngày 2/12/2025
 *
 * The cell carries everything in its text, so it reads back from any sheet (and from a copy
 * or an export) without losing a link; on top, each file's name is a real link in the cell
 * (a text run with a link, never a formula), one link per file line.
 */

/** File types accepted as evidence: extension → MIME type and the bytes a real file starts with. */
export const EVIDENCE_TYPES: Readonly<Record<string, { mime: string; magic: readonly number[][] }>> = {
  pdf: { mime: 'application/pdf', magic: [[0x25, 0x50, 0x44, 0x46]] },
  doc: { mime: 'application/msword', magic: [[0xd0, 0xcf, 0x11, 0xe0]] },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: [[0x50, 0x4b, 0x03, 0x04]],
  },
  xls: { mime: 'application/vnd.ms-excel', magic: [[0xd0, 0xcf, 0x11, 0xe0]] },
  xlsx: {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    magic: [[0x50, 0x4b, 0x03, 0x04]],
  },
  jpg: { mime: 'image/jpeg', magic: [[0xff, 0xd8, 0xff]] },
  jpeg: { mime: 'image/jpeg', magic: [[0xff, 0xd8, 0xff]] },
  png: { mime: 'image/png', magic: [[0x89, 0x50, 0x4e, 0x47]] },
};

/** Telegram's own download limit for bots, and the issue's. */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

export const ALLOWED_EVIDENCE = 'PDF, Word (.doc, .docx), Excel (.xls, .xlsx), ảnh JPG hoặc PNG';

export function extensionOf(name: string): string {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(name.trim());
  return match ? (match[1] ?? '').toLowerCase() : '';
}

export type EvidenceCheck = { ok: true; mime: string } | { ok: false; reason: 'type' | 'size' | 'content' };

/** Checks a file's name and size (before downloading) and, when given, its first bytes. */
export function checkEvidence(name: string, size: number, bytes?: Uint8Array): EvidenceCheck {
  const type = EVIDENCE_TYPES[extensionOf(name)];
  if (!type) return { ok: false, reason: 'type' };
  if (size > MAX_EVIDENCE_BYTES) return { ok: false, reason: 'size' };
  if (bytes && !type.magic.some((magic) => magic.every((byte, i) => bytes[i] === byte)))
    return { ok: false, reason: 'content' };
  return { ok: true, mime: type.mime };
}

export interface EvidenceFile {
  name: string;
  /** dd/MM/yyyy HH:mm, as the other date-time cells. */
  at: string;
  by: string;
  url: string;
}

export type EvidenceLine = ({ kind: 'file' } & EvidenceFile) | { kind: 'document'; text: string };

const FILE_PREFIX = 'Tệp: ';
const DOCUMENT_PREFIX = 'Văn bản: ';
const FILE_LINE = /^Tệp: (.+) \((\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}), (.+)\) ((?:https?|file):\/\/\S+)$/;

/** One line of the cell; line breaks inside a name or a person's name are flattened. */
export function fileLine(file: EvidenceFile): string {
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  return `${FILE_PREFIX}${flat(file.name)} (${file.at}, ${flat(file.by)}) ${file.url}`;
}

export const documentLine = (text: string): string => `${DOCUMENT_PREFIX}${text.replace(/\s+/g, ' ').trim()}`;

/** The cell's lines as the bot wrote them; a line it did not write stays a document line of its own text. */
export function readEvidence(cell: string): EvidenceLine[] {
  return cell
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line): EvidenceLine => {
      const file = FILE_LINE.exec(line);
      if (file) return { kind: 'file', name: file[1] ?? '', at: file[2] ?? '', by: file[3] ?? '', url: file[4] ?? '' };
      return { kind: 'document', text: line.startsWith(DOCUMENT_PREFIX) ? line.slice(DOCUMENT_PREFIX.length) : line };
    });
}

/** The cell with the new lines added at the end; a line already there is not added twice. */
export function appendEvidence(cell: string, lines: readonly string[]): string {
  const present = new Set(cell.split('\n').map((line) => line.trim()));
  const added = lines.filter((line) => !present.has(line.trim()));
  if (added.length === 0) return cell;
  return [cell.trimEnd(), ...added].filter((line) => line !== '').join('\n');
}

/** A link over part of a cell's text, in UTF-16 code units as Google Sheets counts them. */
export interface TextLink {
  start: number;
  end: number;
  url: string;
}

/** The links of a Minh chứng cell: each file line's name links to its file. */
export function evidenceLinks(cell: string): TextLink[] {
  const links: TextLink[] = [];
  let offset = 0;
  for (const raw of cell.split('\n')) {
    const file = FILE_LINE.exec(raw.trim());
    if (file) {
      const start = offset + raw.indexOf(FILE_PREFIX) + FILE_PREFIX.length;
      links.push({ start, end: start + (file[1] ?? '').length, url: file[4] ?? '' });
    }
    offset += raw.length + 1;
  }
  return links;
}

/** The evidence as /xem lists it: one line per file (name, date, who, link) and per document number. */
export function describeEvidence(cell: string): string[] {
  return readEvidence(cell).map((line) =>
    line.kind === 'file' ? `• ${line.name} — ${line.at}, ${line.by}: ${line.url}` : `• Văn bản: ${line.text}`,
  );
}
