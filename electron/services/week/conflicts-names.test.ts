import { describe, expect, it } from 'vitest';
import { namesInText } from './conflicts';

describe('namesInText', () => {
  it('names whole ids only, longest first', () => {
    const named = namesInText(
      new Map([
        ['KND-07', 'Sara'],
        ['KND-074', 'Amir'],
      ]),
    );
    expect(named('het kind KND-074 (3 jaar) heeft dan geen opvang; KND-07 wel')).toBe('het kind Amir (3 jaar) heeft dan geen opvang; Sara wel');
    expect(named('huishouden H-KND-074x blijft')).toBe('huishouden H-KND-074x blijft');
  });

  it('leaves text alone without names', () => {
    expect(namesInText(new Map())('kind KND-1')).toBe('kind KND-1');
  });
});
