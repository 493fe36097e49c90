import type { TaskStatus } from '#src/domain/status.js';
import { spelledPercent } from './numbers.js';

/**
 * Status words in a progress report, read from folded text. The first status phrase after
 * the task reference wins ("đang thực hiện …, khó khăn: … đã khắc phục" is in progress),
 * and "chưa …" is read before "xong" so that "chưa hoàn thành" is never taken for done.
 */
const PHRASES: Array<[TaskStatus, RegExp]> = [
  [
    'in_progress',
    /\b(?:gan xong|sap xong|dang o (?:buoc|khau|giai doan)|(?:moi )?xong (?:phan|khau|buoc|giai doan) \S+ con|con \d+ (?:xa|huyen|don vi|hang muc|phan|dot|lop|truong) chua|lam tiep|tiep tuc (?:lam|trien khai|thuc hien)|xong (?:buoc|giai doan|phan) (?:dau|1|mot)|xong (?:du thao|ban thao|so bo)|da gui (?:van ban )?de nghi|dang cho\b|dang (?:lay|xin) (?:y kien|gop y)|lam roi nhung chua|(?:dat|duoc|khoang|xong) (?:\d+(?:\/| tren )\d+|mot nua)|\d+\/\d+ khoi luong|(?:moi |da )?bat (?:tay|dau) (?:vao )?(?:lam|thuc hien|trien khai)|(?<!\bda )dang (?!vuong|kho|ket|bi|tac|gap|tam|be\b|hoi\b|hop\b|cho ky|xin|o\b|toi\b|den\b|tai\b|ky\b|ki\b|bai\b|tin\b)[a-z]+)/g,
  ],
  ['not_started', /\bchua (?:lam|trien khai|bat dau|thuc hien|khoi dong|co gi(?! moi)|bat tay|dong den|dong vao)\b/g],
  [
    'blocked',
    /\b(?:vuong(?! o dau)|vuong mac|kho khan|bi cham|cham vi|cham do|bi tac|dang tac|gap van de|thieu kinh phi|tam dung|tam hoan|cho y kien|ket(?! thuc| qua| luan| hop| noi)|bi ket|ach tac|tac (?:vi|o|do|lai)|tro ngai|gap vuong|be tac|tam ngung|(?:bi |phai )?dung lai|bi dung|(?:chua|khong) (?:the )?(?:lam|thuc hien|trien khai) tiep duoc|khong (?:the )?(?:lam|thuc hien|trien khai|hoan thanh) (?:duoc|kip) (?:do|vi)|khong (?:the )?(?:lam|thuc hien|trien khai) duoc)\b/g,
  ],
  [
    'in_progress',
    /\b(?:dang (?:lam|trien khai|thuc hien|xay dung|hoan thien|tien hanh|soan|chuan bi|cho ky)\b|da trinh\b|moi (?:dc|duoc|lam)\b|(?:uoc )?dat (?:khoang |duoc )?\d{1,3} ?%|lam duoc\b|chua (?:xong|hoan thanh)\b(?! (?:chua|khong|a\?)))/g,
  ],
  [
    'done',
    /\b(?:xong|xg|hoan thanh|hoan than|ht|hoan tat|ket thuc|da gui|da nop|da ban hanh|(?:da|duoc) (?:[a-z]+ ){0,5}ky ban hanh|da to chuc(?! duoc)|da co quyet dinh (?:phe duyet|ban hanh|thanh lap|cong nhan)|(?:da )?gui (?:bao cao|bc)(?: [a-z]+){0,4} roi|da thuc hien(?: xong| roi)?|trien khai xong|ban hanh (?:roi|xong)|(?:da|duoc) nghiem thu|(?:da )?phat hanh|da dang (?:du|tai|xong)|(?:da|duoc)(?: \S+){0,4} phe duyet|da co van ban gui|nghiem thu xong|da ban giao|done|ok(?: roi| r)?(?: (?:a|nhe|nha|bot|em|anh|chi|nhe bot|nha bot))?$)\b/g,
  ],
];

// "dự kiến hoàn thành", "sẽ hoàn thành", "chưa hoàn thành", "xong chưa" do not say it is done.
// ("phải hoàn thành", "đề nghị khẩn trương hoàn thành", "để bên em sớm xong", "mới báo hoàn thành"): wanted, not done.
const NOT_DONE_BEFORE =
  /\b(?:du kien|se|chua|sap|de(?: \S+){0,2}|truoc khi|thoi han|han|ngay|phan dau|co gang|phai|can|yeu cau|de nghi|khan truong|som|hay|nen|mong|moi bao|(?:tuan|thang|nam|quy) (?:sau|toi) moi|mai moi)\s*$/;
const NOT_DONE_AFTER = /^\s*(?:chua|khong|ko|k)\b/;

const BLOCKED_AFTER_ALL =
  /\b(?:nhung|nen|thi)\s+(?:(?:dang|bi|con|hien|gap|phai)\s+)?(?:vuong|kho khan|tam dung|tam hoan|bi tac|ket|ach tac|tro ngai|chua co kinh phi|thieu kinh phi)\b|\b(?:chua|khong) (?:the )?(?:lam|thuc hien|trien khai) tiep duoc\b/;

/** "đang đợi vốn nên chưa triển khai": what follows "nên" is the state now. */
const NOT_STARTED_AFTER_ALL = /\b(?:nen|vi vay|do do)\s+(?:van\s+)?chua (?:trien khai|lam|thuc hien|bat dau)\b/;
/** A status phrase that is denied or reported as past or someone else's ("hết vướng", "bot ghi đang vướng là sai"). */
// Also complaints ("mãi chưa xong", "năm nào cũng tạm dừng") and conditions ("xong là …", "xong thì …").
const DENIED_BEFORE =
  /\b(?:khong|chang|het|da go duoc|go duoc|bot ghi(?: la)?|ghi la|dung ghi(?: la)?|tuong(?: la)?|neu|mai|hoai|(?:nam|lan|luc) nao cung)\s*$/;
const DENIED_AFTER = /^\s*(?:la sai|sai roi|hoai|mai|la|thi(?! cong| dua| hanh))\b/;
/** "nay đã gỡ được và hoàn thành": a later state, after "nay", replaces the earlier one. */
// Not "sáng nay", "chiều nay xong" (a plan for today): the marker must open a clause.
const NOW =
  /(?<!\b(?:sang|chieu|toi|tuan|thang|nam|hom|ngay|bua|quy) )\b(?:nay|gio|bay gio|hien nay|hien tai|hoa ra|a khong|a nham)\b/g;

export interface StatusFound {
  status: TaskStatus | null;
  progress: number | null;
  /** Read from a word that often means something else ("ok", "ht", "đã gửi"): ask before writing. */
  uncertain?: boolean;
}

// Shorthand that usually, but not always, means done.
const UNCERTAIN = /^(?:ok\b.*|ht|xg|da gui|da nop|(?:da )?gui (?:bao cao|bc)\b.*)$/;

export function findStatus(folded: string, from = 0): StatusFound {
  const text = folded.slice(from);
  const found = firstStatus(text);
  // The state "now" wins over what was true before it ("hôm trước vướng, nay đã hoàn thành").
  let later: (StatusFound & { index: number }) | null = null;
  NOW.lastIndex = found.index;
  for (let m = NOW.exec(text); m; m = NOW.exec(text)) {
    const after = firstStatus(text.slice(m.index + m[0].length));
    if (after.status !== null) later = after;
  }
  // An earlier percentage still holds for a later "đang làm", not for a later "xong".
  const chosen =
    later && found.status !== null
      ? {
          ...later,
          progress:
            later.progress ?? (later.status === 'in_progress' || later.status === 'blocked' ? found.progress : null),
        }
      : found;
  return chosen.uncertain
    ? { status: chosen.status, progress: chosen.progress, uncertain: true }
    : { status: chosen.status, progress: chosen.progress };
}

function firstStatus(text: string): StatusFound & { index: number } {
  let best: { status: TaskStatus; index: number; length: number; word: string } | null = null;
  for (const [status, pattern] of PHRASES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (
        status === 'done' &&
        (NOT_DONE_BEFORE.test(text.slice(0, m.index)) || NOT_DONE_AFTER.test(text.slice(m.index + m[0].length)))
      ) {
        continue;
      }
      if (status === 'blocked' && /(?:da khac phuc|khong (?:co )?)\s*$/.test(text.slice(0, m.index))) continue;
      if (
        DENIED_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)) ||
        DENIED_AFTER.test(text.slice(m.index + m[0].length))
      )
        continue;
      // The earliest phrase wins; at the same place the longer one ("đã gửi văn bản đề nghị" over "đã gửi").
      if (!best || m.index < best.index || (m.index === best.index && m[0].length > best.length)) {
        best = { status, index: m.index, length: m[0].length, word: m[0] };
      }
      break;
    }
  }
  const percent = /(?<![\d/])(\d{1,3}) ?(?:%|phan tram\b)/.exec(spelledPercent(text));
  const value = percent?.[1] ? Number(percent[1]) : null;
  const progress = value !== null && value <= 100 ? value : null;
  let status = best?.status ?? null;
  // "đang làm nhưng vướng giải phóng mặt bằng": the news is the obstacle.
  if (best?.status === 'in_progress' && BLOCKED_AFTER_ALL.test(text.slice(best.index + best.length)))
    status = 'blocked';
  else if (best?.status === 'in_progress' && NOT_STARTED_AFTER_ALL.test(text.slice(best.index + best.length)))
    status = 'not_started';
  // "đã gửi hồ sơ …, đang chờ thẩm định": sent on, not done.
  else if (
    best?.status === 'done' &&
    /\bdang (?:cho|lay y kien|xin y kien|trinh|hoan thien)\b/.test(text.slice(best.index + best.length))
  )
    status = 'in_progress';
  if (progress === 100 && (status === null || status === 'in_progress')) status = 'done';
  // "xong 80%", "gần xong, tầm 90%": done is not done below 100%.
  else if (progress !== null && progress < 100 && status === 'done') status = 'in_progress';
  else if (progress !== null && status === null) status = 'in_progress';
  const uncertain = status === 'done' && progress === null && best !== null && UNCERTAIN.test(best.word);
  const index = best?.index ?? text.length;
  return uncertain ? { status, progress, uncertain, index } : { status, progress, index };
}
