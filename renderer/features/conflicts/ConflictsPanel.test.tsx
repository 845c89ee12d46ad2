import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Conflict } from '../../../shared/api/contract';
import { ConflictGroups, ConflictsToggleButton, GROUP_PAGE } from './ConflictsPanel';

const W = '2026-11-23';

function conflict(id: string, category: Conflict['category'], extra: Partial<Conflict> = {}): Conflict {
  return {
    id,
    category,
    rule: 2,
    severity: 'conflict',
    message: `Melding ${id}`,
    entities: [],
    sessionIds: ['s1'],
    participants: [
      { id: 'p1', name: 'Amal Yusuf' },
      { id: 'p2', name: 'Omar Yusuf' },
    ],
    start: '2026-11-24T09:00',
    end: '2026-11-24T11:00',
    fixes: [],
    ...extra,
  };
}

// Rendered on the "server": stores give their initial state there, so data goes in as props.
const show = (conflicts: Conflict[]) => renderToStaticMarkup(createElement(ConflictGroups, { conflicts, weekStart: W, applying: null }));

describe('ConflictsPanel', () => {
  it('shows the conflicts grouped by category with Dutch headings, people and times', () => {
    const html = show([
      conflict('r', 'room'),
      conflict('h', 'household', {
        fixes: [
          {
            id: 'f1',
            label: 'Boek opvang bij De Vlinder',
            action: { type: 'bookChildcare', childId: 'k1', childcareId: 'c1', slotStart: '2026-11-24T08:30' },
            costDelta: 3,
            conflictsAfter: 2,
          },
        ],
      }),
    ]);
    expect(html.indexOf('Huishouden &amp; opvang')).toBeGreaterThan(-1);
    expect(html.indexOf('Huishouden &amp; opvang')).toBeLessThan(html.indexOf('Zaal'));
    // The people are named, each a link to their page.
    expect(html.replace(/<[^>]+>/g, '')).toContain('Amal Yusuf, Omar Yusuf');
    expect(html.match(/<button[^>]*data-testid="open-person"[^>]*>Amal Yusuf<\/button>/g)).toHaveLength(2);
    expect(html.match(/<button[^>]*data-testid="open-person"[^>]*>Omar Yusuf<\/button>/g)).toHaveLength(2);
    expect(html).toContain('di 24 nov. 09:00–11:00');
    // Two conflicts now, two after: the fix moves a problem rather than removing one, and says so.
    expect(html).toContain('lost dit op; week daarna: 2 conflicten, kost een opvangplaats');
    expect(html).not.toMatch(/kosten [+−]/);
    expect(html).toContain('let op: daarna meer conflicten dan nu (2 → 2)');
    expect(html.match(/data-testid="conflict-item"/g)).toHaveLength(2);
    expect(html).toContain('data-category="household"');
    expect(html).toContain('Geen oplossing met één klik');
  });

  it('marks the fix being applied as busy and blocks the others', () => {
    const fixes = [
      { id: 'a', label: 'Fix A', action: { type: 'bookChildcare' as const, childId: 'k', childcareId: 'c', slotStart: '2026-11-24T08:30' }, costDelta: 0, conflictsAfter: 0 },
      { id: 'b', label: 'Fix B', action: { type: 'bookChildcare' as const, childId: 'k', childcareId: 'd', slotStart: '2026-11-24T08:30' }, costDelta: -2, conflictsAfter: 0 },
    ];
    const html = renderToStaticMarkup(createElement(ConflictGroups, { conflicts: [conflict('x', 'household', { fixes })], weekStart: W, applying: 'a' }));
    expect(html.match(/disabled=""/g)).toHaveLength(2);
    expect(html).toMatch(/data-fix-id="a"[^>]*aria-busy="true"/);
    expect(html).toContain('goedkoper');
  });

  it('puts the number of hard conflicts on the toolbar button, not the warnings', () => {
    const toggle = (conflicts: Conflict[] | null) => renderToStaticMarkup(createElement(ConflictsToggleButton, { conflicts, open: false, onToggle: () => {} }));
    const html = toggle([conflict('a', 'room'), conflict('w', 'deadline', { severity: 'warning' })]);
    expect(html).toContain('data-count="1"');
    expect(html).toContain('data-total="2"');
    expect(html).toContain('count-badge--bad');
    // Not loaded yet: no count at all rather than a misleading zero.
    expect(toggle(null)).not.toContain('data-count');
  });

  it('shows the first items of a long group and offers the rest', () => {
    const many = Array.from({ length: GROUP_PAGE + 12 }, (_, i) => conflict(`d${i}`, 'deadline', { severity: 'warning' }));
    const html = show([conflict('r', 'room'), ...many]);
    expect(html.match(/data-testid="conflict-item"/g)).toHaveLength(GROUP_PAGE + 1);
    expect(html).toContain(`Toon alle ${GROUP_PAGE + 12}`);
    expect(show([conflict('r', 'room')])).not.toContain('Toon alle');
  });
});
