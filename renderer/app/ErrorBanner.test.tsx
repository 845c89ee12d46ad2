// The banner without a DOM (rendered to HTML, as ErrorBoundary.test.tsx does): a change refused
// because someone else changed it first is a calm notice, apart from the red "Er ging iets mis".
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { useErrorStore } from '../stores/errorStore';
import { ErrorBannerView } from './ErrorBanner';

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

afterEach(() => useErrorStore.getState().clear());
// Rendered on the server a store shows its first state: the view is given what was reported.
const banner = () => renderToStaticMarkup(createElement(ErrorBannerView, { errors: useErrorStore.getState().errors, dismiss: () => {} }));

describe('error banner', () => {
  const stale = 'fatima (coördinator) heeft deze sessie om 10:42 verplaatst; het scherm toont nu de huidige stand.';

  it('shows a stale refusal as a notice (role=status), not as something that went wrong', () => {
    useErrorStore.getState().report(new ApiError({ code: 'stale', message: stale }), 'week');
    const html = banner();
    expect(html).toContain('role="status"');
    expect(html).not.toContain('role="alert"');
    expect(text(html)).toBe(`i Intussen gewijzigd: ${stale} ✕`);
  });

  it('keeps a failure in the red banner beside it', () => {
    useErrorStore.getState().report(new ApiError({ code: 'stale', message: stale }), 'week');
    useErrorStore.getState().report(new ApiError({ code: 'conflict', message: 'Deze ruimte is dan bezet.' }), 'week');
    const html = banner();
    const [calm, red] = html.split('data-testid="error-banner"');
    expect(text(calm!)).toContain(`Intussen gewijzigd: ${stale}`);
    expect(calm).not.toContain('Er ging iets mis');
    expect(text(red!)).toContain('Er ging iets mis: Deze ruimte is dan bezet.');
    expect(red).not.toContain(stale);
  });
});
