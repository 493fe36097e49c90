import { describe, expect, it } from 'vitest';
import { caseOfName } from '../../src/plans/name-case.js';

// Rule «caps-name»: a body named in capitals (a group row, a heading) is written in ordinary case.
describe('rule «caps-name»', () => {
  it.each([
    ['PHÒNG TÀI NGUYÊN NƯỚC', 'Phòng Tài nguyên nước'],
    ['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'Sở Văn hóa, Thể thao và Du lịch'],
    // A company keeps its legal form in capitals; the province at the end has its capitals.
    ['CÔNG TY TNHH MTV THOÁT NƯỚC HÀ NỘI', 'Công ty TNHH MTV Thoát nước Hà Nội'],
    // A commune's or ward's own name after its level word.
    ['ỦY BAN NHÂN DÂN PHƯỜNG HOÀNG MAI', 'Ủy ban nhân dân phường Hoàng Mai'],
    ['ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG', 'Ủy ban nhân dân các xã, phường'],
    ['VĂN PHÒNG HĐND VÀ UBND PHƯỜNG', 'Văn phòng HĐND và UBND phường'],
    ['ỦY BAN MTTQ VIỆT NAM TỈNH', 'Ủy ban MTTQ Việt Nam tỉnh'],
  ])('%s → %s', (caps, name) => {
    expect(caseOfName(caps)).toBe(name);
  });

  it('keeps a name that is not all in capitals as written', () => {
    expect(caseOfName('Công an tỉnh Gia Lai')).toBe('Công an tỉnh Gia Lai');
  });
});
