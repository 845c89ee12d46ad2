// The error boundary without a DOM (the unit tests run in Node, without jsdom): its fallback and
// its healthy path rendered to HTML on the server, its catching methods called as React calls
// them. That it really catches a render error in a browser is shown by the journey
// test/e2e/errors-about.e2e.test.ts.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { setBridge } from '../api/bridge';
import { flush, manualBridge } from '../api/manualBridge';
import { resetErrorLog } from '../stores/errorLogStore';
import { ErrorBoundary, ErrorFallback } from './ErrorBoundary';

const noop = () => {};
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

// Rendered on the server, the stores show their first state: Dutch.
beforeEach(() => resetErrorLog());

describe('error boundary', () => {
  it('shows the screen as long as nothing fails', () => {
    const html = renderToStaticMarkup(createElement(ErrorBoundary, { where: 'scherm', variant: 'screen', children: createElement('p', null, 'Weekplanning') }));
    expect(html).toBe('<p>Weekplanning</p>');
  });

  it('says in Dutch what happened, with a way back and a reload', () => {
    const html = renderToStaticMarkup(
      createElement(ErrorFallback, { variant: 'screen', message: "TypeError: Cannot read properties of null (reading 'length')", onHome: noop, onReload: noop }),
    );
    expect(html).toContain('role="alert"');
    expect(text(html)).toBe(
      'Er ging iets mis in dit scherm Keten Planner kon dit scherm niet tonen. Wat al was opgeslagen, blijft bewaard. De fout is vastgelegd in het logbestand; ga terug naar het beginscherm of laad de app opnieuw. ' +
        "Terug naar het beginscherm Opnieuw laden Technische details TypeError: Cannot read properties of null (reading 'length')",
    );
  });

  it('offers only a reload when the whole app failed', () => {
    const html = renderToStaticMarkup(createElement(ErrorFallback, { variant: 'app', message: 'Error: x', onHome: noop, onReload: noop }));
    expect(html).not.toContain('error-boundary-home');
    expect(text(html)).toBe(
      'Er ging iets mis in Keten Planner De app kon niet verder. Wat al was opgeslagen, blijft bewaard. De fout is vastgelegd in het logbestand; laad de app opnieuw. Opnieuw laden Technische details Error: x',
    );
  });

  it('turns a thrown error into the fallback state and sends it to the log with the components', async () => {
    expect(ErrorBoundary.getDerivedStateFromError(new TypeError('kapot'))).toEqual({ error: new TypeError('kapot') });
    expect(ErrorBoundary.getDerivedStateFromError('tekst').error).toBeInstanceOf(Error);
    const { bridge, pending } = manualBridge();
    setBridge(bridge);
    const boundary = new ErrorBoundary({ where: 'scherm', variant: 'screen', children: null });
    boundary.componentDidCatch(new TypeError('kapot'), { componentStack: '\n    at ParticipantsPage' });
    await flush();
    expect(pending.map((p) => [p.name, p.input.where, p.input.message])).toEqual([['app.logError', 'scherm', 'TypeError: kapot']]);
    expect(String(pending[0]!.input.stack)).toMatch(/In onderdelen:\n {4}at ParticipantsPage$/);
  });
});
