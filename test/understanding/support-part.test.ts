import { describe, expect, it } from 'vitest';
import { COMMANDS } from '#commands/index.js';
import { slashIntents } from '#src/conversation/engine.js';
import { fixedClock } from '#src/domain/clock.js';
import { createAgencyLookup } from '#src/domain/agencies/index.js';
import { understandMessage } from '#src/understanding/understand.js';

/** Rule «support-part»: «phần <cơ quan>» in an update names the agency whose part it reports. */
const clock = fixedClock('2024-06-12T09:00:00');
const deps = { agencies: createAgencyLookup([]), now: () => clock.now(), slash: slashIntents(COMMANDS) };
const understand = (text: string) => understandMessage(text, deps);

describe('the part of a task an update reports', () => {
  it.each([
    ['TN60-12 phần Sở Y tế đã xong, đã gửi số liệu', 'Sở Y tế', 'done', 'đã xong, đã gửi số liệu'],
    ['TN60-12 phần việc của Sở Y tế đã hoàn thành', 'Sở Y tế', 'done', 'đã hoàn thành'],
    ['TN60-05 phần phối hợp của STP đang làm 60%', 'Sở Tư pháp', 'in_progress', 'đang làm 60%'],
    ['Phần phối hợp của Công an tỉnh tại TN60-20 đã hoàn thành', 'Công an tỉnh', 'done', 'đã hoàn thành'],
    ['TN60-05 phần của UBND huyện Đại Từ xong rồi', 'UBND huyện Đại Từ', 'done', 'xong rồi'],
    ['TN60-07 phần Sở Văn hóa, Thể thao và Du lịch đã xong', 'Sở Văn hóa, Thể thao và Du lịch', 'done', 'đã xong'],
    ['/capnhat TN60-12 phần Sở Y tế hoàn thành đã gửi', 'Sở Y tế', 'done', 'hoàn thành đã gửi'],
    ['TN60-05 phần sở y tế đã xong', 'Sở Y tế', 'done', 'đã xong'],
    ['TN60-05 phần của stp đã xong', 'Sở Tư pháp', 'done', 'đã xong'],
  ])('«%s» reports the part of %s', (text, part, status, note) => {
    expect(understand(text)).toMatchObject({ intent: 'status_update', part, status, note });
  });

  it.each([
    'TN60-05 xong',
    'TN60-05 đạt 60 phần trăm',
    'TN60-05 mới xong một phần',
    'TN60-05 phần mềm đã cài xong',
    'TN60-05 phần bên em đã xong',
    'TN60-05 phần lớn đã xong',
    'TN60-05 phần báo cáo đã xong',
    'TN60-05 phần tài chính đã xong',
    'TN60-05 phần kinh phí đang vướng',
  ])('«%s» names no part', (text) => {
    expect(understand(text).part ?? null).toBeNull();
  });

  it('leaves other intents alone', () => {
    expect(understand('TN60-12 phần Sở Y tế là việc gì?').part ?? null).toBeNull();
    expect(understand('bao nhiêu phần trăm nhiệm vụ của sở nội vụ đã hoàn thành').part ?? null).toBeNull();
  });
});
