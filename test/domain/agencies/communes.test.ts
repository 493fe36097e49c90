import { describe, expect, it } from 'vitest';
import {
  chooseCommune,
  communeAt,
  communesByKey,
  formerUnitsOf,
  provinceToday,
} from '../../../src/domain/agencies/communes.js';

describe('the 2025 communes and wards', () => {
  it('holds the 3,321 units in force since 1 July 2025', () => {
    const all = [...communesByKey().values()].flat().filter((c) => !c.successor);
    expect(all).toHaveLength(3321);
    expect(new Set(all.map((c) => c.province)).size).toBe(34);
  });

  it('prefers the plan province for a name several provinces hold', () => {
    const found = communeAt(['tan', 'phu'], 0);
    expect(found?.candidates.length).toBeGreaterThan(1);
    expect(chooseCommune(found?.candidates ?? [], ['dong nai'])?.province).toBe('dong nai');
  });

  it('knows the units they replaced, each with the one that took it in', () => {
    const phucXuan = communeAt(['phuc', 'xuan'], 0)?.candidates.find((c) => c.province === 'thai nguyen');
    expect(phucXuan).toMatchObject({ unit: 'xã', name: 'Phúc Xuân', successor: { unit: 'xã', name: 'Đại Phúc' } });
    const phanDinhPhung = communeAt(['phan', 'dinh', 'phung'], 0)?.candidates.find((c) => !c.successor);
    expect(phanDinhPhung && formerUnitsOf(phanDinhPhung).map((c) => c.name)).toEqual(
      expect.arrayContaining(['Trưng Vương', 'Quang Trung', 'Hoàng Văn Thụ']),
    );
    // Numbered wards ("Phường 12") are left out: chat numbers would match them.
    expect(communeAt(['12'], 0)).toBeNull();
  });

  it('reads a province of before 2025 as the one it is part of now', () => {
    expect(provinceToday('bac kan')).toBe('thai nguyen');
    expect(provinceToday('thai nguyen')).toBe('thai nguyen');
    // A 2024 plan of Bắc Kạn prefers Thái Nguyên's units, Phúc Xuân (merged into Đại Phúc) among them.
    const candidates = communeAt(['phuc', 'xuan'], 0)?.candidates ?? [];
    expect(chooseCommune(candidates, ['bac kan'], 'xã')?.successor?.name).toBe('Đại Phúc');
  });
});
