import { describe, expect, it } from 'vitest';
import { Agency } from '../../../src/domain/agency.js';
import { BUILTIN_AGENCIES, type AgencyEntry } from '../../../src/domain/agencies/builtin.js';
import { createDirectory } from '../../../src/domain/agencies/directory.js';
import { DISTRICTS } from '../../../src/domain/agencies/districts.js';
import {
  agencyKey,
  compactKey,
  EditDistance,
  keyWords,
  provinceAt,
  provinceKey,
  PROVINCE_KEYS,
  similarity,
  words,
} from '../../../src/domain/agencies/names.js';
import { createTrigramIndex } from '../../../src/domain/agencies/trigrams.js';

function row(name: string, fields: Partial<Agency> = {}): Agency {
  return {
    name,
    aliases: [],
    kind: 'other',
    memberKinds: [],
    successor: '',
    telegram: [],
    zalo: [],
    groupChat: '',
    ...fields,
  };
}

const names = (list: readonly Agency[]): string[] => list.map((a) => a.name);

describe('built-in directory data', () => {
  it('every entry is a valid Agency row', () => {
    for (const entry of BUILTIN_AGENCIES) expect(() => Agency.parse(entry), entry.name).not.toThrow();
  });

  it('no name or alias (folded, or compact) points to two agencies', () => {
    const owners = new Map<string, string>();
    for (const entry of BUILTIN_AGENCIES) {
      for (const text of [entry.name, ...entry.aliases]) {
        for (const key of [agencyKey(text), `#${compactKey(agencyKey(text))}`]) {
          const owner = owners.get(key);
          expect(owner === undefined || owner === entry.name, `${text}: ${owner} / ${entry.name}`).toBe(true);
          owners.set(key, entry.name);
        }
      }
    }
  });

  it('every successor and explicit member names a listed agency', () => {
    const directory = createDirectory([]);
    for (const entry of BUILTIN_AGENCIES) {
      if (entry.successor) expect(directory.all(), entry.successor).toContain(directory.byName(entry.successor));
      for (const member of entry.members ?? []) expect(directory.all(), member).toContain(directory.byName(member));
    }
  });
});

describe('createDirectory lookups', () => {
  const directory = createDirectory([]);

  it.each([
    ['STP', 'Sở Tư pháp'],
    ['SNV', 'Sở Nội vụ'],
    ['SYT', 'Sở Y tế'],
    ['Sở TT&TT', 'Sở Thông tin và Truyền thông'],
    ['Sở TTTT', 'Sở Thông tin và Truyền thông'],
    ['STTTT', 'Sở Thông tin và Truyền thông'],
    ['KH&ĐT', 'Sở Kế hoạch và Đầu tư'],
    ['SKHĐT', 'Sở Kế hoạch và Đầu tư'],
    ['Sở Kế hoạch Đầu tư', 'Sở Kế hoạch và Đầu tư'],
    ['LĐ-TB&XH', 'Sở Lao động - Thương binh và Xã hội'],
    ['LĐTBXH', 'Sở Lao động - Thương binh và Xã hội'],
    ['BCHQS tỉnh', 'Bộ Chỉ huy Quân sự tỉnh'],
    ['Đài PT-TH', 'Đài Phát thanh - Truyền hình tỉnh'],
    ['VP UBND tỉnh', 'Văn phòng UBND tỉnh'],
    ['UBMTTQ tỉnh', 'Ủy ban MTTQ Việt Nam tỉnh'],
    ['CA tỉnh', 'Công an tỉnh'],
    ['Ủy ban nhân dân tỉnh', 'UBND tỉnh'],
    ['UBND huyện', 'UBND các huyện, thành phố'],
    ['UBND các huyện, thị xã, thành phố', 'UBND các huyện, thành phố'],
    ['các sở, ban, ngành và tương đương', 'Các sở, ban, ngành'],
    ['UBND cấp xã', 'UBND các xã, phường'],
  ])('abbreviation or variant %s → %s', (typed, expected) => {
    expect(directory.byName(typed)?.name).toBe(expected);
  });

  it.each([
    ['so tu phap', 'Sở Tư pháp'],
    ['SO NOI VU', 'Sở Nội vụ'],
    ['uy ban nhan dan tinh', 'UBND tỉnh'],
    ['so lao dong thuong binh va xa hoi', 'Sở Lao động - Thương binh và Xã hội'],
  ])('without diacritics %s → %s', (typed, expected) => {
    expect(directory.byName(typed)?.name).toBe(expected);
  });

  it.each([
    ['Báo Thái Nguyên', 'Báo tỉnh'],
    ['Báo Cao Bằng', 'Báo tỉnh'],
    ['Đài PT-TH Gia Lai', 'Đài Phát thanh - Truyền hình tỉnh'],
    ['Đài Phát thanh - Truyền hình Thái Nguyên', 'Đài Phát thanh - Truyền hình tỉnh'],
    ['Sở Nội vụ tỉnh Cao Bằng', 'Sở Nội vụ'],
    ['Công an tỉnh Thái Nguyên', 'Công an tỉnh'],
    ['UBND tỉnh Thái Nguyên', 'UBND tỉnh'],
  ])('province-specific %s → %s', (typed, expected) => {
    expect(directory.byName(typed)?.name).toBe(expected);
  });

  it('returns null for ambiguous or unknown names', () => {
    expect(directory.byName('Sở')).toBeNull();
    expect(directory.byName('UBND')).toBeNull();
    expect(directory.byName('Phòng Tư pháp')).toBeNull();
    expect(directory.lookupKey('khong co co quan nay')).toEqual([]);
  });

  it('recognises district and commune committees it does not list', () => {
    expect(directory.byName('UBND huyện Đại Từ')).toMatchObject({ name: 'UBND huyện Đại Từ', kind: 'district' });
    expect(directory.byName('Ủy ban nhân dân thị xã Phổ Yên')).toMatchObject({
      name: 'UBND thị xã Phổ Yên',
      kind: 'district',
    });
    expect(directory.byName('UBND xã Phúc Xuân')).toMatchObject({ kind: 'commune' });
    expect(directory.byName('UBND huyện Đại Từ tỉnh Thái Nguyên')?.name).toBe('UBND huyện Đại Từ');
    // The same name twice gives the same entry, so callers can compare by identity.
    expect(directory.byName('ubnd huyen dai tu')).toBe(directory.byName('UBND huyện Đại Từ'));
    // "các"/"cấp" make it the group, not a district called "Các".
    expect(directory.byName('UBND các huyện')?.kind).toBe('group');
    expect(directory.byName('UBND cấp huyện')?.kind).toBe('group');
  });

  it('finds agencies by name prefix', () => {
    expect(names(directory.withPrefix('Sở Tài'))).toEqual(['Sở Tài chính', 'Sở Tài nguyên và Môi trường']);
    expect(directory.withPrefix('Sở').length).toBeGreaterThanOrEqual(19);
  });
});

describe('district list', () => {
  const inProvince = (province: string): string[] =>
    DISTRICTS.filter((d) => d.province === province).map((d) => d.name);

  it("is complete for the demo plans' provinces", () => {
    expect(inProvince('Thái Nguyên').sort()).toEqual(
      [
        'Thái Nguyên',
        'Sông Công',
        'Phổ Yên',
        'Định Hóa',
        'Phú Lương',
        'Đồng Hỷ',
        'Võ Nhai',
        'Đại Từ',
        'Phú Bình',
      ].sort(),
    );
    expect(inProvince('Gia Lai')).toHaveLength(17);
    expect(inProvince('Cao Bằng')).toHaveLength(10);
    expect(inProvince('Cao Bằng')).toEqual(expect.arrayContaining(['Quảng Hòa', 'Hà Quảng', 'Trùng Khánh', 'Bảo Lâm']));
  });

  it('covers all 63 provinces, each unit once, names capitalised, province names known to the key helpers', () => {
    const provinces = new Set(DISTRICTS.map((d) => d.province));
    expect(provinces.size).toBe(63);
    expect(DISTRICTS.length).toBeGreaterThan(700);
    for (const province of provinces) expect(PROVINCE_KEYS.has(provinceKey(province)), province).toBe(true);
    const seen = new Set<string>();
    for (const d of DISTRICTS) {
      const id = `${d.province}/${d.unit}/${d.name}`;
      expect(seen.has(id), id).toBe(false);
      seen.add(id);
      for (const w of words(d.name)) expect(/^[\p{Lu}\d]/u.test(w) || w === 'gar', id).toBe(true);
    }
  });

  it('reads the province named after a name', () => {
    expect(provinceAt(keyWords('tỉnh Gia Lai còn'), 0)).toBe('gia lai');
    expect(provinceAt(keyWords('Vũng Tàu'), 0)).toBe('ba ria vung tau');
    expect(provinceAt(keyWords('còn việc'), 0)).toBeUndefined();
  });
});

describe('createDirectory: districts', () => {
  const directory = createDirectory([]);

  it.each([
    ['ubnd huyen vo nhai', 'UBND huyện Võ Nhai'],
    ['huyen Dai Tu', 'UBND huyện Đại Từ'],
    ['UBND huyện Đại Từ tỉnh Thái Nguyên', 'UBND huyện Đại Từ'],
    ['uy ban nhan dan huyen dinh hoa', 'UBND huyện Định Hóa'],
    ['ubnd huyen kbang', 'UBND huyện KBang'],
    ['huyen cu mgar', "UBND huyện Cư M'gar"],
    ['ubnd huyen phu luogn', 'UBND huyện Phú Lương'],
    // No unit typed: the district's own.
    ['UBND Sông Công', 'UBND thành phố Sông Công'],
    ['ubnd pho yen', 'UBND thành phố Phổ Yên'],
    ['ubnd an khe', 'UBND thị xã An Khê'],
    ['vo nhai', 'UBND huyện Võ Nhai'],
    ['Phú Bình tỉnh Thái Nguyên', 'UBND huyện Phú Bình'],
    // A unit typed is kept.
    ['Ủy ban nhân dân thị xã Phổ Yên', 'UBND thị xã Phổ Yên'],
  ])('%s → %s', (typed, expected) => {
    expect(directory.byName(typed)).toMatchObject({ name: expected, kind: 'district' });
  });

  it('spells a district the same whichever way it is typed, so callers can compare by identity', () => {
    const vo = directory.byName('UBND huyện Võ Nhai');
    for (const typed of ['ubnd huyen vo nhai', 'huyện Võ Nhai', 'UBND Vo Nhai', 'vo nhai'])
      expect(directory.byName(typed), typed).toBe(vo);
  });

  it('still makes up an entry for a district it does not know, spelled as typed', () => {
    expect(directory.byName('UBND huyện Xyz Abc')).toMatchObject({ name: 'UBND huyện Xyz Abc', kind: 'district' });
    expect(directory.byName('ubnd huyen xyz abc')).toBe(directory.byName('UBND huyện Xyz Abc'));
    // A longer name that only starts like a listed one is taken as typed.
    expect(directory.byName('UBND huyện Phú Bình Mới')?.name).toBe('UBND huyện Phú Bình Mới');
  });

  it('never reads a province, an ordinary phrase or a two-unit name alone as a district', () => {
    expect(directory.byName('UBND Thái Nguyên')?.kind).not.toBe('district');
    expect(directory.byName('Hòa Bình')).toBeNull();
    expect(directory.byName('van ban')).toBeNull();
    expect(directory.byName('Cao Lãnh')).toBeNull();
    // With its unit word it is one.
    expect(directory.byName('huyện Văn Bàn')?.name).toBe('UBND huyện Văn Bàn');
    expect(directory.byName('huyện Cao Lãnh')?.name).toBe('UBND huyện Cao Lãnh');
  });

  it("a name in two provinces: diacritics, a province named after it, the plan's province, else the first listed", () => {
    expect(directory.byName('huyen phu ninh')?.name).toBe('UBND huyện Phù Ninh');
    expect(directory.byName('huyện Phú Ninh')?.name).toBe('UBND huyện Phú Ninh');
    expect(directory.byName('UBND huyen phu ninh tinh Quang Nam')?.name).toBe('UBND huyện Phú Ninh');
    const quangNam = createDirectory([], { provinces: ['Quảng Nam'] });
    expect(quangNam.provinces()).toEqual(['quang nam']);
    expect(quangNam.byName('huyen phu ninh')?.name).toBe('UBND huyện Phú Ninh');
    // The province is also read from the Cơ quan rows.
    expect(createDirectory([row('Báo Quảng Nam', { kind: 'department' })]).byName('huyen phu ninh')?.name).toBe(
      'UBND huyện Phú Ninh',
    );
    expect(createDirectory([row('UBND huyện Đại Từ')]).provinces()).toEqual(['thai nguyen']);
    expect(directory.provinces()).toEqual([]);
  });

  it("a Cơ quan row named by a district's name alone is a district", () => {
    const listed = createDirectory([row('Võ Nhai', { telegram: ['@vonhai'] })]);
    expect(listed.byName('ubnd huyen vo nhai')).toMatchObject({
      name: 'Võ Nhai',
      kind: 'district',
      telegram: ['@vonhai'],
    });
  });
});

describe('group membership', () => {
  const directory = createDirectory([]);

  it('Sở Tư pháp is in the department groups and "everyone", not in district or armed-forces groups', () => {
    const groups = names(directory.groupsContaining('Sở Tư pháp'));
    expect(groups).toContain('Các sở, ban, ngành');
    expect(groups).toContain('Các cơ quan, đơn vị, địa phương');
    expect(groups).toContain('Các sở, ban, ngành, UBND các huyện, thành phố');
    expect(groups).not.toContain('UBND các huyện, thành phố');
    expect(groups).not.toContain('Các cơ quan, đơn vị lực lượng vũ trang');
    expect(groups).toEqual(names(directory.groupsContaining('stp')));
  });

  it('a district UBND is in "UBND các huyện, thành phố" but not in "Các sở, ban, ngành"', () => {
    const groups = names(directory.groupsContaining('UBND huyện Đại Từ'));
    expect(groups).toContain('UBND các huyện, thành phố');
    expect(groups).toContain('UBND cấp huyện, cấp xã');
    expect(groups).not.toContain('Các sở, ban, ngành');
    expect(names(directory.groupsContaining('UBND xã Phúc Xuân'))).toContain('UBND các xã, phường');
  });

  it('explicit members: the armed forces group holds exactly Công an, BCHQS and BĐBP', () => {
    expect(names(directory.groupsContaining('CA tỉnh'))).toContain('Các cơ quan, đơn vị lực lượng vũ trang');
    expect(names(directory.membersOf('Các cơ quan, đơn vị lực lượng vũ trang')).sort()).toEqual(
      ['Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'Bộ Chỉ huy Quân sự tỉnh', 'Công an tỉnh'].sort(),
    );
  });

  it('đoàn thể are in "sở, ban, ngành, đoàn thể" only; UBND tỉnh and groups are in no group', () => {
    const hoiNongDan = names(directory.groupsContaining('Hội Nông dân tỉnh'));
    expect(hoiNongDan).toContain('Các sở, ban, ngành, đoàn thể tỉnh');
    expect(hoiNongDan).not.toContain('Các sở, ban, ngành');
    expect(directory.groupsContaining('UBND tỉnh')).toEqual([]);
    expect(directory.groupsContaining('Các sở, ban, ngành')).toEqual([]);
    expect(directory.groupsContaining('không có cơ quan này')).toEqual([]);
  });

  it('nobody is implicitly one of "Các cơ quan, đơn vị liên quan"', () => {
    expect(directory.membersOf('Các cơ quan liên quan')).toEqual([]);
    expect(names(directory.groupsContaining('Sở Y tế'))).not.toContain('Các cơ quan, đơn vị liên quan');
  });
});

describe('successors', () => {
  const directory = createDirectory([]);

  it.each([
    ['Sở Kế hoạch và Đầu tư', 'Sở Tài chính'],
    ['LĐ-TB&XH', 'Sở Nội vụ'],
    ['Sở TT&TT', 'Sở Khoa học và Công nghệ'],
    ['Sở GTVT', 'Sở Xây dựng'],
    ['Sở TN&MT', 'Sở Nông nghiệp và Môi trường'],
    ['Sở NN&PTNT', 'Sở Nông nghiệp và Môi trường'],
    ['Ban Dân tộc tỉnh', 'Sở Dân tộc và Tôn giáo'],
    ['UBND các huyện, thành phố', 'UBND các xã, phường'],
    ['Báo Thái Nguyên', 'Báo và Phát thanh, Truyền hình tỉnh'],
  ])('%s → %s', (old, current) => {
    expect(directory.successorOf(old)?.name).toBe(current);
    expect(directory.currentOf(old)?.name).toBe(current);
  });

  it('gives the current agency of an entry without a name lookup, as currentOf does', () => {
    for (const entry of directory.all())
      expect(directory.currentEntry(entry), entry.name).toBe(directory.currentOf(entry.name));
    const district = directory.byName('UBND huyện Đại Từ');
    expect(district && directory.currentEntry(district)).toBe(district);
  });

  it('an agency that was not merged has no successor and is its own current agency', () => {
    expect(directory.successorOf('Sở Tư pháp')).toBeNull();
    expect(directory.currentOf('Sở Tư pháp')?.name).toBe('Sở Tư pháp');
    expect(directory.successorOf('không có cơ quan này')).toBeNull();
  });

  it('lists predecessors', () => {
    expect(names(directory.predecessorsOf('Sở Nông nghiệp và Môi trường')).sort()).toEqual(
      ['Sở Nông nghiệp và Phát triển nông thôn', 'Sở Tài nguyên và Môi trường'].sort(),
    );
    expect(names(directory.predecessorsOf('Sở Tài chính'))).toEqual(['Sở Kế hoạch và Đầu tư']);
    expect(directory.predecessorsOf('Sở Tư pháp')).toEqual([]);
  });

  it('follows chains both ways and survives cycles', () => {
    const entry = (name: string, successor = ''): AgencyEntry => ({ ...row(name, { kind: 'department', successor }) });
    const chain = createDirectory([], { builtin: [entry('Sở A', 'Sở B'), entry('Sở B', 'Sở C'), entry('Sở C')] });
    expect(chain.successorOf('Sở A')?.name).toBe('Sở C');
    expect(names(chain.predecessorsOf('Sở C')).sort()).toEqual(['Sở A', 'Sở B']);
    const loop = createDirectory([], { builtin: [entry('Sở X', 'Sở Y'), entry('Sở Y', 'Sở X')] });
    expect(['Sở X', 'Sở Y']).toContain(loop.successorOf('Sở X')?.name);
    expect(names(loop.predecessorsOf('Sở X'))).toEqual(['Sở Y']);
  });
});

describe('coordinator rows (Cơ quan tab)', () => {
  it('extend a built-in agency: contacts and aliases added, built-in aliases kept, no duplicate', () => {
    const directory = createDirectory([
      row('Sở Tư pháp', { kind: 'department', aliases: ['Phòng PBGDPL'], telegram: ['@stp_tn'] }),
    ]);
    const stp = directory.byName('STP');
    expect(stp).toMatchObject({ name: 'Sở Tư pháp', telegram: ['@stp_tn'] });
    expect(directory.byName('Phòng PBGDPL')).toBe(stp);
    expect(directory.all().filter((a) => a.name === 'Sở Tư pháp')).toHaveLength(1);
    expect(directory.all()).toHaveLength(BUILTIN_AGENCIES.length);
  });

  it('a province-specific row takes over the generic entry and its name', () => {
    const directory = createDirectory([row('Báo Thái Nguyên', { kind: 'department', zalo: ['0912'] })]);
    const bao = directory.byName('Báo tỉnh');
    expect(bao).toMatchObject({ name: 'Báo Thái Nguyên', zalo: ['0912'] });
    expect(names(directory.all())).not.toContain('Báo tỉnh');
    expect(directory.successorOf('Báo Thái Nguyên')?.name).toBe('Báo và Phát thanh, Truyền hình tỉnh');
    expect(names(directory.predecessorsOf('Báo và Phát thanh, Truyền hình tỉnh'))).toContain('Báo Thái Nguyên');
  });

  it('a blank kind does not undo the built-in kind; a set kind and successor win; "-" clears a successor', () => {
    const directory = createDirectory([
      row('Sở Y tế', { kind: 'other' }),
      row('Ban Dân tộc tỉnh', { kind: 'department', successor: 'Sở Nội vụ' }),
      row('Sở Ngoại vụ', { kind: 'department', successor: '-' }),
    ]);
    expect(directory.byName('Sở Y tế')?.kind).toBe('department');
    expect(directory.successorOf('Ban Dân tộc')?.name).toBe('Sở Nội vụ');
    expect(directory.successorOf('Sở Ngoại vụ')).toBeNull();
  });

  it('adds new agencies, inferring a district from "UBND huyện …", with aliases usable everywhere', () => {
    const directory = createDirectory([
      row('UBND huyện Đại Từ', { aliases: ['Đại Từ', 'huyện Đại Từ'] }),
      row('Trung tâm Phục vụ hành chính công tỉnh', { kind: 'department', aliases: ['TTPVHCC'] }),
      row('Các đơn vị sự nghiệp', { kind: 'group', memberKinds: ['department'] }),
    ]);
    expect(directory.byName('Đại Từ')).toMatchObject({ name: 'UBND huyện Đại Từ', kind: 'district' });
    expect(directory.all()).toContain(directory.byName('UBND huyện Đại Từ'));
    expect(names(directory.groupsContaining('Đại Từ'))).toContain('UBND các huyện, thành phố');
    expect(names(directory.groupsContaining('TTPVHCC'))).toEqual(
      expect.arrayContaining(['Các sở, ban, ngành', 'Các đơn vị sự nghiệp']),
    );
  });

  it('ignores built-in entries passed again with the rows', () => {
    const directory = createDirectory([...BUILTIN_AGENCIES, row('Sở Tư pháp', { telegram: ['@stp'] })]);
    expect(directory.all()).toHaveLength(BUILTIN_AGENCIES.length);
    expect(directory.byName('Sở Tư pháp')?.telegram).toEqual(['@stp']);
  });
});

/** A small deterministic generator, so failures reproduce. */
function randomStrings(seed: number, alphabet: string, count: number, maxLength: number): string[] {
  let state = seed;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % n;
  };
  const chars = [...alphabet];
  return Array.from({ length: count }, () =>
    Array.from({ length: next(maxLength + 1) }, () => chars[next(chars.length)]).join(''),
  );
}

describe('names: keys', () => {
  it.each([
    ['Sở TT&TT', ['Sở', 'TT', 'TT']],
    ['  Sở  Tư   pháp ', ['Sở', 'Tư', 'pháp']],
    ['LĐ-TB&XH', ['LĐ', 'TB', 'XH']],
    ['Sở Tư pháp', ['Sở', 'Tư', 'pháp']],
    ['', []],
  ])('words(%j)', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('compact keys drop spaces and "và" words only', () => {
    expect(compactKey('so ke hoach va dau tu')).toBe('sokehoachdautu');
    expect(compactKey('va so van')).toBe('sovan');
    expect(compactKey('so van hoa va')).toBe('sovanhoa');
    expect(compactKey('va')).toBe('');
    expect(compactKey('van vat')).toBe('vanvat');
    expect(keyWords('Sở Văn hóa')).toEqual(['so', 'van', 'hoa']);
  });
});

describe('names: edit distance', () => {
  /** The textbook table, as the reference. */
  const levenshtein = (a: string, b: string): number => {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const cur = [i];
      for (let j = 1; j <= b.length; j++) {
        cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
      prev = cur;
    }
    return prev[b.length]!;
  };

  it('matches the plain table for short, long (several 32-character blocks) and non-ASCII strings', () => {
    const distance = new EditDistance();
    for (const [alphabet, maxLength] of [
      ['ab ', 12],
      ['abcdefgh ', 40],
      ['abc xyz', 100],
      ['aăâ b', 20],
    ] as const) {
      const texts = randomStrings(maxLength, alphabet, 60, maxLength);
      for (const a of texts.slice(0, 30)) {
        distance.setPattern(a);
        for (const b of texts) {
          expect(distance.distance(b), `${a} / ${b}`).toBe(levenshtein(a, b));
          const longest = Math.max(a.length, b.length);
          expect(similarity(a, b)).toBe(a === b || longest === 0 ? 1 : 1 - levenshtein(a, b) / longest);
        }
      }
    }
  });

  it('scores the typos the resolver relies on', () => {
    expect(similarity('so tu phsp', 'so tu phap')).toBe(0.9);
    expect(similarity('', 'abc')).toBe(0);
    expect(similarity('', '')).toBe(1);
  });
});

describe('trigram index', () => {
  /** The reference: every form's Dice overlap, stably sorted (ties in the order the query's trigrams reach them). */
  const reference = (
    forms: readonly string[],
    query: string,
    limit: number,
    minDice: number,
  ): { index: number; dice: number }[] => {
    const grams = (text: string): string[] => {
      const padded = ` ${text} `;
      const out = new Set<string>();
      for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
      return [...out];
    };
    const formGrams = forms.map(grams);
    const queryGrams = grams(query);
    const shared = new Map<number, number>();
    for (const g of queryGrams) {
      formGrams.forEach((list, index) => {
        if (list.includes(g)) shared.set(index, (shared.get(index) ?? 0) + 1);
      });
    }
    return [...shared]
      .map(([index, count]) => ({ index, dice: (2 * count) / (queryGrams.length + (formGrams[index]?.length ?? 0)) }))
      .filter((c) => c.dice >= minDice)
      .sort((a, b) => b.dice - a.dice)
      .slice(0, limit);
  };

  it('returns the forms sharing the most trigrams, as a full ranking would', () => {
    const forms = [
      ...randomStrings(1, 'abcd ', 150, 14),
      ...Array.from({ length: 100 }, (_, i) => `trung tam dich vu cong so ${i}`),
      'so tu phap',
      'sotuphap',
    ];
    const index = createTrigramIndex(forms);
    const queries = [
      ...randomStrings(2, 'abcdez ', 80, 12),
      'trung tam dich vu cong so 17 4',
      'so tu phsp',
      'sotuphsp',
      'đ',
      '',
    ];
    for (const query of queries) {
      for (const [limit, minDice] of [
        [10, 0.3],
        [5, 0.3],
        [3, 0],
        [400, 0.1],
      ] as const) {
        expect(index.candidates(query, limit, minDice), `${query} ${limit}`).toEqual(
          reference(forms, query, limit, minDice),
        );
      }
    }
  });

  it('copes with forms using more distinct characters than a small trigram code holds', () => {
    const forms = Array.from(
      { length: 1500 },
      (_, i) => `${String.fromCharCode(0x4e00 + i)}${String.fromCharCode(0x4e00 + ((i * 7) % 1500))} x`,
    );
    const index = createTrigramIndex(forms);
    for (const query of [forms[3]!, `${forms[10]!.slice(0, 2)} y`, 'zzz']) {
      expect(index.candidates(query, 10, 0.2)).toEqual(reference(forms, query, 10, 0.2));
    }
  });
});
