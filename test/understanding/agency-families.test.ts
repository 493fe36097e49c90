import { describe, expect, it } from 'vitest';
import { COMMANDS } from '#commands/index.js';
import { slashIntents } from '#src/conversation/engine.js';
import { fixedClock } from '#src/domain/clock.js';
import { createAgencyLookup } from '#src/domain/agencies/index.js';
import { understandMessage } from '#src/understanding/understand.js';

const clock = fixedClock('2024-06-12T09:00:00');
const agencies = createAgencyLookup([]);
const deps = { agencies, now: () => clock.now(), slash: slashIntents(COMMANDS) };
const agencyOf = (text: string) => understandMessage(text, deps).agency;

describe('the 2025 communes and wards', () => {
  it.each([
    ['xã Tân Phú có những nhiệm vụ gì', 'UBND xã Tân Phú'],
    ['Cho xem danh sách việc của phường Phan Đình Phùng', 'UBND phường Phan Đình Phùng'],
    ['UBND phường Phan Đình Phùng: danh sách nhiệm vụ quá hạn', 'UBND phường Phan Đình Phùng'],
    ['p. Hòa Bình đang được giao mấy việc, liệt kê giúp e', 'UBND phường Hòa Bình'],
    ['Nhiệm vụ P.Tân Thịnh', 'UBND phường Tân Thịnh'],
    ['xa tan cuong co bao nhieu nhiem vu', 'UBND xã Tân Cương'],
    ['PHƯỜNG GIA SÀNG CÓ VIỆC NÀO QUÁ HẠN KHÔNG?', 'UBND phường Gia Sàng'],
    ['các việc ubnd x.Tân Cương phải làm năm nay', 'UBND xã Tân Cương'],
    ['ubnd P. Sông Công nhiệm vụ', 'UBND phường Sông Công'],
    ['Xã Võ Nhai báo cáo: TN60-41 chưa triển khai do chưa được cấp kinh phí', 'UBND xã Võ Nhai'],
  ])('"%s" → %s', (text, agency) => {
    expect(agencyOf(text)).toBe(agency);
  });

  it.each(['nhà em ở xa lắm', 'các xã, phường đã hoàn thành chưa', 'xã mình có việc gì không'])(
    '"%s" names no commune',
    (text) => {
      expect(agencyOf(text) ?? '').not.toMatch(/^UBND (?:xã|phường) /);
    },
  );
});

describe('mass organisations and provincial bodies, also abbreviated', () => {
  it.each([
    ['LMHTX co viec gi k', 'Liên minh Hợp tác xã tỉnh'],
    ['Liên minh HTX tỉnh: danh sách nhiệm vụ được giao?', 'Liên minh Hợp tác xã tỉnh'],
    ['Hội Chữ thập đỏ có việc nào quá hạn không', 'Hội Chữ thập đỏ tỉnh'],
    ['Liên hiệp các Hội KH&KT tỉnh có việc gì không', 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh'],
    ['HLHPN tỉnh có việc nào quá hạn', 'Hội Liên hiệp Phụ nữ tỉnh'],
    ['HCCB tuần này có gì đến hạn không', 'Hội Cựu chiến binh tỉnh'],
    ['nhiệm vụ của Hội Nông dân', 'Hội Nông dân tỉnh'],
    ['Đoàn TN tỉnh có việc gì', 'Tỉnh đoàn'],
    ['việc của Văn phòng UBND tỉnh', 'Văn phòng UBND tỉnh'],
    ['BQL KCN có việc gì quá hạn', 'Ban Quản lý các khu công nghiệp tỉnh'],
    ['Báo PTTH có việc gì', 'Báo và Phát thanh, Truyền hình tỉnh'],
  ])('"%s" → %s', (text, agency) => {
    expect(agencyOf(text)).toBe(agency);
  });
});

describe('merged departments, both ways', () => {
  it('an old department keeps its own name and points to its successor', () => {
    expect(agencyOf('nhiệm vụ của Sở Kế hoạch và Đầu tư')).toBe('Sở Kế hoạch và Đầu tư');
    expect(agencies.successorOf('Sở Kế hoạch và Đầu tư')?.name).toBe('Sở Tài chính');
    expect(agencies.successorOf('Sở Thông tin và Truyền thông')?.name).toBe('Sở Khoa học và Công nghệ');
  });
});
