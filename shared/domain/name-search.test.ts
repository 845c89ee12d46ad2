import { describe, expect, it } from 'vitest';
import { nameMatches } from './name-search';

describe('nameMatches', () => {
  it('finds a name by part of it in any case, without accents and with the dotless ı as i', () => {
    expect(nameMatches('Onur Yıldız', 'yILD')).toBe(true);
    expect(nameMatches('Büşra Yıldız', 'busra')).toBe(true);
    expect(nameMatches('Mohammed Mansour', '  mansour ')).toBe(true);
    expect(nameMatches('Mohammed Mansour', '')).toBe(true);
    expect(nameMatches('Mohammed Mansour', 'haddad')).toBe(false);
  });
});
