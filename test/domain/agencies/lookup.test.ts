import { describe, expect, it } from 'vitest';
import { createAgencyLookup, type AgencyResolution } from '../../../src/domain/agencies/index.js';

/** The agencies module through its public surface: the lookup a sheet gets. */
const anywhere = createAgencyLookup([]);
// A sheet whose plans were issued in Thái Nguyên prefers its communes and wards.
const thaiNguyen = createAgencyLookup([], ['UBND tỉnh Thái Nguyên']);

const matched = (result: AgencyResolution): string | undefined =>
  result.kind === 'match' ? result.agency.name : undefined;

describe('a ward named in full, never cut short', () => {
  it.each([
    'UBND phường Phan Đình Phùng',
    'UBND phường Phan Đình Phùng báo cáo TN60-44 đã xong',
    'TN60-44 UBND phường Phan Đình Phùng xong',
    'ubnd phường phan đình phùng có việc gì',
    'việc của UBND P.Phan Đình Phùng',
    'UBND phường Phan Đình Phùng TP Thái Nguyên có việc gì',
  ])('"%s" → UBND phường Phan Đình Phùng', (text) => {
    expect(anywhere.findInText(text)?.name).toBe('UBND phường Phan Đình Phùng');
    expect(thaiNguyen.findInText(text)?.name).toBe('UBND phường Phan Đình Phùng');
  });

  it('reads a ward of before 2025 by its whole name too', () => {
    expect(anywhere.findInText('nhiệm vụ của UBND phường Phùng Chí Kiên')?.name).toBe('UBND phường Phùng Chí Kiên');
    expect(anywhere.findInText('UBND phường Nguyễn Thị Minh Khai báo cáo TN60-03 xong')?.name).toBe(
      'UBND phường Nguyễn Thị Minh Khai',
    );
  });

  it('reads a name no list holds by its capitals, up to the place it is in', () => {
    expect(anywhere.findInText('UBND phường Kỳ Lân Phượng Hoàng báo cáo TN60-03 xong')?.name).toBe(
      'UBND phường Kỳ Lân Phượng Hoàng',
    );
    expect(anywhere.findInText('UBND phường Kỳ Lân Phượng Hoàng Thái Nguyên báo cáo')?.name).toBe(
      'UBND phường Kỳ Lân Phượng Hoàng',
    );
  });
});

describe('communes and wards merged on 1 July 2025', () => {
  it('an old commune named alone resolves, and points to the one that took it in', () => {
    expect(thaiNguyen.findInText('Xã Phúc Xuân có việc gì')?.name).toBe('UBND xã Phúc Xuân');
    expect(matched(thaiNguyen.resolve('xa phuc xuan'))).toBe('UBND xã Phúc Xuân');
    expect(thaiNguyen.currentOf('UBND xã Phúc Xuân')?.name).toBe('UBND xã Đại Phúc');
    expect(thaiNguyen.successorOf('UBND phường Quang Trung')?.name).toBe('UBND phường Phan Đình Phùng');
  });

  it('a commune of today lists the ones it took in, named before or not', () => {
    const before = thaiNguyen.predecessorsOf('UBND phường Phan Đình Phùng').map((a) => a.name);
    expect(before).toEqual(
      expect.arrayContaining(['UBND phường Trưng Vương', 'UBND phường Quang Trung', 'UBND phường Hoàng Văn Thụ']),
    );
    expect(thaiNguyen.predecessorsOf('UBND xã Đại Phúc').map((a) => a.name)).toContain('UBND xã Phúc Xuân');
  });

  it("prefers the plans' province: elsewhere a ward of that name in force today wins", () => {
    // Quang Trung is a ward today in other provinces; in Thái Nguyên it merged into Phan Đình Phùng.
    expect(thaiNguyen.currentOf('UBND phường Quang Trung')?.name).toBe('UBND phường Phan Đình Phùng');
    expect(anywhere.currentOf('UBND phường Quang Trung')?.name).toBe('UBND phường Quang Trung');
  });

  it("reads the sheet's province from its Cơ quan rows too: a ward only one province holds", () => {
    const row = {
      name: 'UBND phường Gia Sàng',
      aliases: [],
      kind: 'commune' as const,
      memberKinds: [],
      successor: '',
      telegram: [],
      zalo: [],
      groupChat: '',
    };
    expect(createAgencyLookup([row]).currentOf('UBND phường Quang Trung')?.name).toBe('UBND phường Phan Đình Phùng');
  });

  it('in chat, an old name must look like one: "xa hoa binh" in lower case names none', () => {
    expect(thaiNguyen.findInText('nha em o xa lam')).toBeNull();
    expect(thaiNguyen.findInText('xa phuc xuan co viec gi')).toBeNull();
  });
});

describe('merged departments, both ways', () => {
  it('an old department leads to the one doing its work today', () => {
    expect(anywhere.currentOf('Sở Kế hoạch và Đầu tư')?.name).toBe('Sở Tài chính');
    expect(anywhere.currentOf('Sở GTVT')?.name).toBe('Sở Xây dựng');
    expect(anywhere.currentOf('Sở Y tế')?.name).toBe('Sở Y tế');
  });

  it('a 2025 department lists the ones merged into it', () => {
    expect(anywhere.predecessorsOf('Sở Tài chính').map((a) => a.name)).toEqual(['Sở Kế hoạch và Đầu tư']);
    expect(anywhere.predecessorsOf('Sở Nông nghiệp và Môi trường').map((a) => a.name)).toEqual([
      'Sở Nông nghiệp và Phát triển nông thôn',
      'Sở Tài nguyên và Môi trường',
    ]);
  });

  it.each([
    ['nhiệm vụ của ngành giao thông', 'Sở Giao thông vận tải'],
    ['ngành tài nguyên môi trường cũ có những việc gì', 'Sở Tài nguyên và Môi trường'],
    ['ngành kế hoạch đầu tư còn việc gì', 'Sở Kế hoạch và Đầu tư'],
    ['ngành thông tin truyền thông có việc gì quá hạn', 'Sở Thông tin và Truyền thông'],
    ['nhiệm vụ của ngành nông nghiệp', 'Sở Nông nghiệp và Môi trường'],
  ])('"%s" names the department of that field: %s', (text, agency) => {
    expect(anywhere.findInText(text)?.name).toBe(agency);
  });
});

describe('mass organisations and provincial bodies, also abbreviated', () => {
  it.each([
    ['Hội LHPN có việc gì', 'Hội Liên hiệp Phụ nữ tỉnh'],
    ['nhiệm vụ của Hội ND', 'Hội Nông dân tỉnh'],
    ['LMHTX còn việc gì chưa xong', 'Liên minh Hợp tác xã tỉnh'],
    ['việc của Tỉnh đoàn', 'Tỉnh đoàn'],
    ['VP UBND tỉnh có việc nào quá hạn', 'Văn phòng UBND tỉnh'],
    ['BQL các KCN có việc gì', 'Ban Quản lý các khu công nghiệp tỉnh'],
    ['Báo và PT-TH tỉnh có việc gì quá hạn', 'Báo và Phát thanh, Truyền hình tỉnh'],
    ['Hội PN tỉnh còn việc gì', 'Hội Liên hiệp Phụ nữ tỉnh'],
    ['việc của VPUB tỉnh', 'Văn phòng UBND tỉnh'],
    ['nhiệm vụ của BQL các khu công nghiệp', 'Ban Quản lý các khu công nghiệp tỉnh'],
  ])('"%s" → %s', (text, agency) => {
    expect(anywhere.findInText(text)?.name).toBe(agency);
  });
});
