import { describe, expect, it } from 'vitest';
import { chooseCommune, communeAt, communesByKey } from '../../../src/domain/agencies/communes.js';

describe('the 2025 communes and wards', () => {
  it('holds the 3,321 units in force since 1 July 2025', () => {
    const all = [...communesByKey().values()].flat();
    expect(all).toHaveLength(3321);
    expect(new Set(all.map((c) => c.province)).size).toBe(34);
  });

  it('prefers the plan province for a name several provinces hold', () => {
    const found = communeAt(['tan', 'phu'], 0);
    expect(found?.candidates.length).toBeGreaterThan(1);
    expect(chooseCommune(found?.candidates ?? [], ['dong nai'])?.province).toBe('dong nai');
  });
});
