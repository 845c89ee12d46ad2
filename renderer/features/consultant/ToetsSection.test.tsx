// The note when no toets slot fits, rendered without a DOM (Dutch, the default language).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CallOutput } from '../../../shared/api/contract';
import { NoSlots } from './ToetsSection';

type Slots = CallOutput<'toets.slots'>;
const none: Slots = { laptopKind: 'touch', slots: [], reason: null, reasonMsg: null, booked: null };
const render = (data: Slots, byHand?: boolean) => renderToStaticMarkup(createElement(NoSlots, { data, byHand, disabled: false, onRequest: () => {} }));

describe('NoSlots', () => {
  it('offers to ask for an extra toets slot for a client without a toets', () => {
    expect(render(none)).toContain('Vraag extra toetsmoment aan');
  });

  it('does not offer it for a client who has a toets (the service refuses it), nor when the coordinator books by hand', () => {
    const booked = { booked: { sessionId: 'S-1' } as NonNullable<Slots['booked']> };
    const html = render({ ...none, ...booked });
    expect(html).toContain('data-testid="toets-none"');
    expect(html).not.toContain('toets-request');
    expect(render(none, true)).not.toContain('toets-request');
  });
});
