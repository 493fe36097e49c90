/**
 * Document numbers written in a report («đã ban hành CV số 123/STP-VP ngày 2/12/2025»,
 * «theo Quyết định 45/QĐ-UBND»): the evidence of the work, put in the task's Minh chứng
 * cell. A Vietnamese administrative number is «<số>/<năm>/<ký hiệu>» whose symbol holds a
 * hyphen (QĐ-UBND, STP-VP, NĐ-CP): a task ID (TN60-12), a date (2/12/2025) or a share
 * (3/5 đơn vị) is none. The kind of document and the date around it are kept with it.
 */
const KINDS = [
  'công văn',
  'cv',
  'quyết định',
  'qđ',
  'qd',
  'kế hoạch',
  'kh',
  'báo cáo',
  'bc',
  'tờ trình',
  'ttr',
  'thông báo',
  'tb',
  'văn bản',
  'vb',
  'nghị quyết',
  'nq',
  'chỉ thị',
  'hướng dẫn',
  'hd',
  'giấy mời',
  'thông tư',
  'nghị định',
  'biên bản',
];

const KIND = `(?:(?:${KINDS.join('|')})\\s+)?`;
const NUMBER = '(?:số\\s*)?\\d{1,5}[a-z]?\\/(?:\\d{4}\\/)?[a-zđ]{1,10}(?:[-–][a-zđ0-9&]{1,12})+';
const DATE = '(?:,?\\s*ngày\\s+(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}))?';
const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])${KIND}${NUMBER}${DATE}(?![\\p{L}\\p{N}])`, 'giu');

/** The document numbers of a message, as written (spaces tidied), each once. */
export function documentNumbers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.normalize('NFC').matchAll(PATTERN)) {
    const tidy = match[0].replace(/\s+/g, ' ').replace(/^,\s*/, '').trim();
    if (!found.some((seen) => seen.toLowerCase() === tidy.toLowerCase())) found.push(tidy);
  }
  return found;
}
