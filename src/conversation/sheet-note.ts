import { DateTime } from 'luxon';
import { text, type Reply, type ReplyBlock } from '#src/chat/reply.js';
import type { SheetHealth } from '#src/store/sheet-health.js';

/** "14:05 ngày 15/06/2024" in the zone of `now`. */
export function whenRead(iso: string, now: DateTime): string {
  return DateTime.fromISO(iso).setZone(now.zone).toFormat("HH:mm 'ngày' dd/MM/yyyy");
}

/** One line saying where answers come from when it is not the sheet as it stands; null otherwise. */
export function sheetNote(health: SheetHealth, now: DateTime): string | null {
  if (!health.answeringFrom) return null;
  const when = whenRead(health.answeringFrom, now);
  if (health.unreadable) {
    return `Lưu ý: bảng tính hiện không đọc được; câu trả lời theo bản bot đọc được lúc ${when}, cập nhật tạm chưa ghi được.`;
  }
  return `Lưu ý: chưa kết nối được Google Sheets. Câu trả lời theo bản bot đọc được lúc ${when}.`;
}

/** The answer with that line at the end, when there is one. */
export function withSheetNote(answer: Reply, health: SheetHealth, now: DateTime): Reply {
  const note = sheetNote(health, now);
  return note ? { ...answer, blocks: [...answer.blocks, text(note)] } : answer;
}

/** What /kiemtra says about reading the sheet, before the rows' problems. */
export function healthBlocks(health: SheetHealth, now: DateTime): ReplyBlock[] {
  const blocks: ReplyBlock[] = [];
  const since = health.since ? ` (từ ${whenRead(health.since, now)})` : '';
  if (health.unreadable)
    blocks.push(
      text(
        `⚠️ Bảng tính không đọc được${since}: ${health.unreadable} Bot trả lời theo bản đọc được lần trước và chưa ghi cập nhật nào cho đến khi bảng được sửa.`,
      ),
    );
  if (health.unreachable) blocks.push(text(`⚠️ Chưa kết nối được Google Sheets${since}: ${health.unreachable}`));
  for (const repair of health.recreatedTabs) {
    blocks.push(
      text(
        `Trang «${repair.tab}» đã bị xóa; bot đã tạo lại lúc ${whenRead(repair.at, now)}. Các dòng cũ của trang này không còn, hãy khôi phục từ lịch sử phiên bản của Google Sheets nếu cần.`,
      ),
    );
  }
  return blocks;
}
