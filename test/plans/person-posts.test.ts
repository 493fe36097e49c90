import { describe, expect, it } from 'vitest';
import { splitLeadingAgencies } from '../../src/plans/agency-list.js';
import { afterPost } from '../../src/plans/person-posts.js';

// Rule «title-is-not-agency»: the post of a body's head goes, the body does the work.

describe('a person’s post before a body', () => {
  it.each([
    ['Chánh Thanh tra tỉnh tổ chức triển khai thực hiện Kế hoạch bảo đảm đúng tiến độ.', ['Thanh tra tỉnh']],
    ['Giám đốc Sở Y tế chỉ đạo các bệnh viện sẵn sàng giường bệnh.', ['Sở Y tế']],
    ['Phó Chủ tịch Ủy ban nhân dân xã phụ trách văn hóa chỉ đạo tổ chức lễ hội.', ['Ủy ban nhân dân xã']],
    [
      'Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các xã, phường chuẩn bị đầy đủ hồ sơ.',
      ['Các sở, ban, ngành', 'Ủy ban nhân dân các xã, phường'],
    ],
  ])('«%s»', (text, agencies) => {
    expect(splitLeadingAgencies(text)?.agencies).toEqual(agencies);
  });

  it('is no post where no body follows, and «Trưởng thôn» is a body of its own', () => {
    expect(afterPost('Chánh án tuyên bố')).toBeNull();
    expect(afterPost('Trưởng thôn, Tổ trưởng tổ dân phố')).toBeNull();
    expect(
      splitLeadingAgencies('Trưởng thôn, Tổ trưởng tổ dân phố tuyên truyền đến từng hộ gia đình.')?.agencies,
    ).toEqual(['Trưởng thôn', 'Tổ trưởng tổ dân phố']);
  });
});
