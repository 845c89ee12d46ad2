import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Highlight } from './Highlight';

const html = (text: string, query: string) => renderToStaticMarkup(createElement(Highlight, { text, query }));

describe('Highlight', () => {
  it('marks the first match regardless of case', () => {
    expect(html('Robel Kidane', 'kid')).toBe('Robel <mark class="hl">Kid</mark>ane');
  });
  it('leaves text alone for short or absent queries', () => {
    expect(html('Tigrinya', 't')).toBe('Tigrinya');
    expect(html('Tigrinya', 'arab')).toBe('Tigrinya');
  });
});
