import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PlannedSession } from '../../../shared/api/contract';
import { SessionResourceForm, changedResources } from './SessionResourceForm';

// Only what the form reads of a session.
const session = {
  id: 's1',
  kind: 'groupInfo',
  version: 3,
  room: { id: 'R-1', name: 'Zaal 1', locationName: 'Gemeentehuis', gemeente: 'Tiel' },
  consultant: { id: 'C-1', name: 'Fatima Yilmaz' },
  interpreter: null,
} as unknown as PlannedSession;

const options = {
  rooms: [
    { id: 'R-1', name: 'Zaal 1', introduced: [] },
    { id: 'R-2', name: 'Zaal 2', introduced: [] },
  ],
  consultants: [{ id: 'C-1', name: 'Fatima Yilmaz', introduced: [] }],
  interpreters: [
    { id: null, name: 'Geen tolk', introduced: [] },
    { id: 'T-1', name: 'Ali Hassan', introduced: [] },
  ],
};

describe('SessionResourceForm', () => {
  it('is a form with Opslaan and Annuleren; the lists show the current choice and nothing is pending', () => {
    const html = renderToStaticMarkup(createElement(SessionResourceForm, { session, options, onChange: async () => true }));
    expect(html).toMatch(/^<form[^>]*data-testid="session-resources"/);
    expect(html).toContain('<button type="submit" class="btn btn--small btn--primary" data-testid="session-resources-save">Opslaan</button>');
    expect(html).toContain('data-testid="session-resources-cancel">Annuleren</button>');
    expect(html).toContain('Zaal 1 (huidig)');
    expect(html).toContain('✓ Zaal 2');
    expect(html).not.toContain('data-testid="session-resources-pending"');
    expect(html).not.toContain('data-changed');
  });

  it('sends only the choices that differ from the session, "no interpreter" included', () => {
    expect(changedResources(session, {})).toEqual({});
    expect(changedResources(session, { roomId: 'R-1', consultantId: 'C-1', interpreterId: null })).toEqual({});
    expect(changedResources(session, { roomId: 'R-2', interpreterId: 'T-1' })).toEqual({ roomId: 'R-2', interpreterId: 'T-1' });
    const withInterpreter = { ...session, interpreter: { id: 'T-1', name: 'Ali Hassan' } } as PlannedSession;
    expect(changedResources(withInterpreter, { interpreterId: null })).toEqual({ interpreterId: null });
  });
});
