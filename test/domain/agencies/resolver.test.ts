import { describe, expect, it } from 'vitest';
import type { Agency } from '../../../src/domain/agency.js';
import { BUILTIN_AGENCIES } from '../../../src/domain/agencies/builtin.js';
import { createDirectory } from '../../../src/domain/agencies/directory.js';
import { createAgencyResolver, type AgencyResolution } from '../../../src/domain/agencies/resolver.js';

const resolver = createAgencyResolver(createDirectory([]));

function matched(result: AgencyResolution): string | undefined {
  return result.kind === 'match' ? result.agency.name : undefined;
}
const names = (list: readonly Agency[]): string[] => list.map((a) => a.name);

describe('resolve: exact names and abbreviations', () => {
  it.each([
    ['stp', 'Sở Tư pháp'],
    ['SNV', 'Sở Nội vụ'],
    ['so tu phap', 'Sở Tư pháp'],
    ['sở tư pháp', 'Sở Tư pháp'],
    ['SỞ TƯ PHÁP', 'Sở Tư pháp'],
    ['Sở TT&TT', 'Sở Thông tin và Truyền thông'],
    ['so tt&tt', 'Sở Thông tin và Truyền thông'],
    ['KH&ĐT', 'Sở Kế hoạch và Đầu tư'],
    ['Sở LĐ-TB&XH', 'Sở Lao động - Thương binh và Xã hội'],
    ['bchqs tinh', 'Bộ Chỉ huy Quân sự tỉnh'],
    ['dai pt-th', 'Đài Phát thanh - Truyền hình tỉnh'],
    ['UBND huyện', 'UBND các huyện, thành phố'],
    ['các sở ban ngành', 'Các sở, ban, ngành'],
    ['Các sở, ban, ngành, đoàn thể tỉnh', 'Các sở, ban, ngành, đoàn thể tỉnh'],
    ['mat tran to quoc', 'Ủy ban MTTQ Việt Nam tỉnh'],
  ])('%s → %s with score 1', (typed, expected) => {
    expect(resolver.resolve(typed)).toMatchObject({ kind: 'match', agency: { name: expected }, score: 1 });
  });

  it('tolerates a trailing "tỉnh" and province name', () => {
    expect(matched(resolver.resolve('Sở Tư pháp tỉnh Thái Nguyên'))).toBe('Sở Tư pháp');
    expect(matched(resolver.resolve('so tai chinh thai nguyen'))).toBe('Sở Tài chính');
    expect(matched(resolver.resolve('Báo Gia Lai'))).toBe('Báo tỉnh');
    expect(matched(resolver.resolve('Đài PT-TH Thái Nguyên'))).toBe('Đài Phát thanh - Truyền hình tỉnh');
    expect(matched(resolver.resolve('so tu phsp tinh cao bang'))).toBe('Sở Tư pháp');
  });

  it('gives district committees a district entry', () => {
    const result = resolver.resolve('UBND huyện Đại Từ');
    expect(result).toMatchObject({ kind: 'match', agency: { name: 'UBND huyện Đại Từ', kind: 'district' } });
  });
});

describe('resolve: typos', () => {
  it.each([
    ['so tu phsp', 'Sở Tư pháp'],
    ['sở nôi vụ', 'Sở Nội vụ'],
    ['Sở Khoa hoc cong nge', 'Sở Khoa học và Công nghệ'],
    ['so xay dungg', 'Sở Xây dựng'],
    ['so lao dong thuong binh xa hoi', 'Sở Lao động - Thương binh và Xã hội'],
    ['ubnd cac huyen thi xa thanh phoo', 'UBND các huyện, thành phố'],
  ])('%s → %s', (typed, expected) => {
    const result = resolver.resolve(typed);
    expect(matched(result)).toBe(expected);
    if (result.kind === 'match') expect(result.score).toBeGreaterThanOrEqual(0.78);
  });

  it('scores a typo below an exact hit', () => {
    const result = resolver.resolve('so tu phsp');
    expect(result.kind === 'match' && result.score).toBeLessThan(1);
  });

  it('does not guess a typo in a short abbreviation, but suggests', () => {
    const result = resolver.resolve('stpp');
    expect(result.kind).toBe('unknown');
    expect(result.kind === 'unknown' && names(result.suggestions)).toContain('Sở Tư pháp');
  });
});

describe('resolve: ambiguous and unknown', () => {
  it('"Sở" alone lists the departments', () => {
    const result = resolver.resolve('Sở');
    expect(result.kind).toBe('ambiguous');
    const candidates = result.kind === 'ambiguous' ? names(result.candidates) : [];
    expect(candidates).toEqual(expect.arrayContaining(['Sở Tư pháp', 'Sở Nội vụ', 'Sở Tài chính']));
    // Agencies that still exist come before the merged ones.
    expect(candidates.indexOf('Sở Tài chính')).toBeLessThan(candidates.indexOf('Sở Kế hoạch và Đầu tư'));
  });

  it('"UBND" offers the province, district and commune committees', () => {
    const result = resolver.resolve('UBND');
    expect(result.kind).toBe('ambiguous');
    expect(result.kind === 'ambiguous' && names(result.candidates)).toEqual(
      expect.arrayContaining(['UBND tỉnh', 'UBND các huyện, thành phố', 'UBND các xã, phường']),
    );
  });

  it('a prefix shared by two agencies is ambiguous', () => {
    const result = resolver.resolve('Sở Tài');
    expect(result).toEqual({
      kind: 'ambiguous',
      candidates: [
        expect.objectContaining({ name: 'Sở Tài chính' }),
        expect.objectContaining({ name: 'Sở Tài nguyên và Môi trường' }),
      ],
    });
  });

  it('candidates that all lead to one current agency resolve to it', () => {
    const dept = (name: string, successor = ''): Agency => ({
      name,
      aliases: [],
      kind: 'department',
      memberKinds: [],
      successor,
      telegram: [],
      zalo: [],
      groupChat: '',
    });
    const local = createAgencyResolver(
      createDirectory([], {
        builtin: [dept('Sở Alpha cũ', 'Sở Alpha mới'), dept('Sở Alpha mới'), dept('Sở Alpha khác')],
      }),
    );
    expect(local.resolve('Sở Alpha')).toMatchObject({ kind: 'ambiguous' });
    const twoOfOne = createAgencyResolver(
      createDirectory([], { builtin: [dept('Sở Alpha cũ', 'Sở Alpha mới'), dept('Sở Alpha mới')] }),
    );
    expect(matched(twoOfOne.resolve('Sở Alpha'))).toBe('Sở Alpha mới');
  });

  it('unknown input gives close suggestions, and none for noise', () => {
    const phong = resolver.resolve('phòng tư pháp');
    expect(phong.kind).toBe('unknown');
    expect(phong.kind === 'unknown' && names(phong.suggestions)[0]).toBe('Sở Tư pháp');
    expect(resolver.resolve('xyz abc')).toEqual({ kind: 'unknown', suggestions: [] });
    expect(resolver.resolve('  ')).toEqual({ kind: 'unknown', suggestions: [] });
  });
});

describe('resolve: coordinator rows', () => {
  it('resolves aliases added on the Cơ quan tab', () => {
    const directory = createDirectory([
      {
        name: 'Trung tâm Phục vụ hành chính công tỉnh',
        aliases: ['TTPVHCC'],
        kind: 'department',
        memberKinds: [],
        successor: '',
        telegram: [],
        zalo: [],
        groupChat: '',
      },
    ]);
    const local = createAgencyResolver(directory);
    expect(matched(local.resolve('ttpvhcc'))).toBe('Trung tâm Phục vụ hành chính công tỉnh');
    expect(matched(local.resolve('trung tam phuc vu hanh chinh cong'))).toBe('Trung tâm Phục vụ hành chính công tỉnh');
    expect(matched(local.resolve('stp'))).toBe('Sở Tư pháp');
  });
});

describe('findInText', () => {
  it.each([
    ['so tu phap con viec gi chua xong a', 'Sở Tư pháp'],
    ['nhiệm vụ của Sở Kế hoạch và Đầu tư', 'Sở Kế hoạch và Đầu tư'],
    ['stp con viec gi', 'Sở Tư pháp'],
    ['nhắc SNV nhé', 'Sở Nội vụ'],
    ['việc của tư pháp', 'Sở Tư pháp'],
    ['tư pháp còn việc gì', 'Sở Tư pháp'],
    ['y tế', 'Sở Y tế'],
    ['Báo Thái Nguyên đã làm chưa', 'Báo tỉnh'],
    ['UBND huyện Đại Từ còn việc gì', 'UBND huyện Đại Từ'],
    ['huyện Võ Nhai chậm việc nào', 'UBND huyện Võ Nhai'],
    ['các sở, ban, ngành còn việc gì', 'Các sở, ban, ngành'],
    ['UBND huyện còn việc gì', 'UBND các huyện, thành phố'],
    ['Sở Nội vụ tỉnh Cao Bằng báo cáo chưa', 'Sở Nội vụ'],
    ['so tu phsp con viec gi', 'Sở Tư pháp'],
    ['Sở Giao duc và đào tạo con viec', 'Sở Giáo dục và Đào tạo'],
  ])('%s → %s', (text, expected) => {
    expect(resolver.findInText(text)?.name ?? null).toBe(expected);
  });

  it('prefers the longest mention, then the first', () => {
    expect(resolver.findInText('Sở Nội vụ phối hợp với Sở Tư pháp')?.name).toBe('Sở Nội vụ');
    expect(resolver.findInText('phối hợp Sở Kế hoạch và Đầu tư, STP')?.name).toBe('Sở Kế hoạch và Đầu tư');
  });

  it.each([
    'báo cáo tài chính quý 3',
    'cơ sở y tế nào chưa báo cáo',
    'cả tỉnh còn bao nhiêu việc',
    'tuần này có gì mới',
    'ubnd con viec gi',
    'xây dựng kế hoạch tuyên truyền',
    'thanh tra việc cấp phép',
    '',
  ])('finds nothing in %j', (text) => {
    expect(resolver.findInText(text)).toBeNull();
  });
});

describe('districts', () => {
  it('resolves district names typed without diacritics to their proper spelling', () => {
    expect(matched(resolver.resolve('ubnd huyen vo nhai'))).toBe('UBND huyện Võ Nhai');
    expect(matched(resolver.resolve('vo nhai'))).toBe('UBND huyện Võ Nhai');
    expect(resolver.resolve('huyen Phu Binh')).toMatchObject({
      kind: 'match',
      agency: { name: 'UBND huyện Phú Bình', kind: 'district' },
      score: 1,
    });
  });

  it.each([
    ['huyen Dai Tu co viec gi', 'UBND huyện Đại Từ'],
    ['vo nhai co viec nao qua han ko bot', 'UBND huyện Võ Nhai'],
    ['chao bot, xa em thuoc huyen Phu Binh, cho em hoi huyen em dang duoc giao nhung viec gi a', 'UBND huyện Phú Bình'],
    ['ty le hoan thanh cua vo nhai la bao nhieu', 'UBND huyện Võ Nhai'],
    ['Phú Lương còn việc gì', 'UBND huyện Phú Lương'],
    ['qua han cua huyen phu luogn', 'UBND huyện Phú Lương'],
    ['huyen cu mgar co viec gi', "UBND huyện Cư M'gar"],
    ['tp song cong co viec gi', 'UBND thành phố Sông Công'],
    ['huyện Cồn Cỏ còn việc gì', 'UBND huyện Cồn Cỏ'],
    // An unknown district is still taken as typed.
    ['UBND huyện Xyz Abc còn việc gì', 'UBND huyện Xyz Abc'],
    ['huyện Xyz Abc chậm việc nào', 'UBND huyện Xyz Abc'],
    // …but in chat only as a proper noun: lower-case words after "huyện" are the sentence going on.
    ['xếp hạng huyện theo số việc quá hạn', null],
    ['huyen xyz abc cham viec nao', null],
    ['việc số 8 huyện tôi làm xong rồi', null],
    // A named agency wins over a district named alone.
    ['Sở Y tế hỗ trợ Võ Nhai', 'Sở Y tế'],
  ])('findInText %s → %s', (text, expected) => {
    expect(resolver.findInText(text)?.name ?? null).toBe(expected);
  });

  it.each([
    'thang 8 huyen minh co han gi',
    'huyen con co viec gi',
    'can cu chi thi so 33 thi sao',
    'Căn cứ Chỉ thị số 33 của Thủ tướng',
    'công khai minh bạch thông tin',
    'anh Xuan Truong oi',
    'Sáng mai bác đi Đại Từ dự hội nghị',
    'van ban nay la gi',
    'thanh binh yen on',
  ])('finds no district in %j', (text) => {
    expect(resolver.findInText(text)?.kind).not.toBe('district');
  });

  it('"huyện mình" is no district called "Mình"', () => {
    expect(resolver.findInText('thang 8 huyen minh co han gi')).toBeNull();
  });

  it("a district name that starts another agency's name is left to that agency", () => {
    const row: Agency = {
      name: 'Phú Bình Xanh',
      aliases: [],
      kind: 'other',
      memberKinds: [],
      successor: '',
      telegram: [],
      zalo: [],
      groupChat: '',
    };
    const local = createAgencyResolver(createDirectory([row]));
    expect(local.findInText('phu binh xanh con viec gi')?.name).toBe('Phú Bình Xanh');
    expect(local.findInText('phu binh co viec gi')?.kind).not.toBe('district');
    expect(local.findInText('huyen phu binh co viec gi')?.name).toBe('UBND huyện Phú Bình');
  });
});

describe('a directory with 500 coordinator rows', () => {
  const PLACES = [
    'Phúc Xuân',
    'Tân Cương',
    'Quyết Thắng',
    'Thịnh Đức',
    'Sơn Cẩm',
    'Cao Ngạn',
    'Đồng Bẩm',
    'Linh Sơn',
    'Huống Thượng',
    'Phúc Trìu',
    'Hòa Thượng',
    'Yên Lạc',
    'Minh Tiến',
    'Kim Phượng',
    'Văn Lăng',
    'Hợp Thành',
    'Đại Phúc',
    'Lương Sơn',
    'Vạn Thọ',
    'Nam Hòa',
    'Bình Long',
    'Hà Châu',
    'Tân Khánh',
    'Phú Đô',
    'Cù Vân',
  ];
  const UNITS = [
    'Trung tâm Y tế',
    'Trường THPT',
    'Chi cục Thuế',
    'Ban Quản lý dự án',
    'Bệnh viện Đa khoa',
    'Trung tâm Văn hóa',
    'Hạt Kiểm lâm',
    'Phòng Giáo dục',
    'Trung tâm Khuyến nông',
    'Đội Quản lý thị trường',
  ];
  const row = (name: string, kind: Agency['kind']): Agency => ({
    name,
    aliases: [],
    kind,
    memberKinds: [],
    successor: '',
    telegram: [],
    zalo: [],
    groupChat: '',
  });
  const communes = Array.from({ length: 250 }, (_, i) =>
    row(`UBND ${i % 4 === 0 ? 'phường' : 'xã'} ${PLACES[i % 25]} ${'ABCDEFGHIJ'[Math.floor(i / 25)]}`, 'commune'),
  );
  const units = Array.from({ length: 250 }, (_, i) => row(`${UNITS[i % 10]} ${PLACES[Math.floor(i / 10)]}`, 'other'));
  const big = createAgencyResolver(createDirectory([...communes, ...units]));

  it.each([
    ['UBND xa Tan Cuong B', 'UBND xã Tân Cương B'],
    ['phòng giáo dục hà châu', 'Phòng Giáo dục Hà Châu'],
    ['stp', 'Sở Tư pháp'],
  ])('exact %s → %s', (typed, expected) => {
    expect(big.resolve(typed)).toMatchObject({ kind: 'match', agency: { name: expected }, score: 1 });
  });

  it.each([
    ['trung tam y te tan cuonq', 'Trung tâm Y tế Tân Cương'],
    ['Bệnh viện Đa khoa Tân Cươg', 'Bệnh viện Đa khoa Tân Cương'],
    ['Trường THPT Hợp Thàh', 'Trường THPT Hợp Thành'],
    ['so tu phsp', 'Sở Tư pháp'],
    ['Sở Khoa hoc cong nge', 'Sở Khoa học và Công nghệ'],
    ['ubnd cac huyen thi xa thanh phoo', 'UBND các huyện, thành phố'],
  ])('typo %s → %s', (typed, expected) => {
    const result = big.resolve(typed);
    expect(matched(result)).toBe(expected);
    expect(result.kind === 'match' && result.score).toBeGreaterThanOrEqual(0.78);
    expect(result.kind === 'match' && result.score).toBeLessThan(1);
  });

  it('suggests the closest rows for a name it cannot accept', () => {
    const result = big.resolve('Bệnh viện Tân Cương');
    expect(result.kind).toBe('unknown');
    const suggestions = result.kind === 'unknown' ? names(result.suggestions) : [];
    expect(suggestions[0]).toBe('Bệnh viện Đa khoa Tân Cương');
    expect(suggestions).toHaveLength(5);
    expect(big.resolve('xyz abc')).toEqual({ kind: 'unknown', suggestions: [] });
  });

  it('keeps prefixes ambiguous and the built-in behaviour', () => {
    const phuong = big.resolve('UBND phường');
    expect(phuong.kind).toBe('ambiguous');
    expect(phuong.kind === 'ambiguous' && phuong.candidates.length).toBeGreaterThan(50);
    expect(big.resolve('Sở Tài')).toEqual(resolver.resolve('Sở Tài'));
    for (const agency of BUILTIN_AGENCIES)
      expect(big.resolve(agency.name), agency.name).toEqual(resolver.resolve(agency.name));
    expect(big.resolve('stpp').kind).toBe('unknown');
  });

  it('finds rows, typos included, in longer messages', () => {
    expect(big.findInText('Hat Kiem lam Cu Van con viec gi')?.name).toBe('Hạt Kiểm lâm Cù Vân');
    expect(big.findInText('ban quản lý dự án nam hòaa chậm việc nào')?.name).toBe('Ban Quản lý dự án Nam Hòa');
    expect(big.findInText('so tu phsp con viec gi')?.name).toBe('Sở Tư pháp');
  });

  it('near-identical numbered rows: a close typo is ambiguous among them, an exact name is not', () => {
    const numbered = createAgencyResolver(
      createDirectory(
        Array.from({ length: 440 }, (_, i) =>
          row(i % 2 === 0 ? `UBND xã Phúc Xuân ${i}` : `Trung tâm dịch vụ công số ${i}`, 'other'),
        ),
      ),
    );
    expect(matched(numbered.resolve('Trung tâm dịch vụ công số 17'))).toBe('Trung tâm dịch vụ công số 17');
    const typo = numbered.resolve('Trung tâm dịch vụ công số 17 4');
    expect(typo.kind).toBe('ambiguous');
    expect(typo.kind === 'ambiguous' && names(typo.candidates)).toContain('Trung tâm dịch vụ công số 17');
    expect(matched(numbered.resolve('Sở Tư phsp'))).toBe('Sở Tư pháp');
  });
});
