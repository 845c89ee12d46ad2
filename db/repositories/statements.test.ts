import { describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { prepared } from './statements';

describe('prepared', () => {
  it('prepares a text once per connection and answers with the current data', () => {
    const a = openDatabase(':memory:');
    const b = openDatabase(':memory:');
    try {
      const sql = 'SELECT count(*) AS n FROM gemeenten';
      expect(prepared(a, sql)).toBe(prepared(a, sql));
      expect(prepared(b, sql)).not.toBe(prepared(a, sql));
      expect(prepared(a, sql).get()).toEqual({ n: 0 });
      prepared(a, "INSERT INTO gemeenten (id, name) VALUES ('G1', 'Gorinchem')").run();
      expect(prepared(a, sql).get()).toEqual({ n: 1 });
      expect(prepared(b, sql).get()).toEqual({ n: 0 });
    } finally {
      a.close();
      b.close();
    }
  });
});
