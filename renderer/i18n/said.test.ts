// What a store keeps to say stays data until it is shown: the same kept failure reads in Dutch
// and, after the user switches, in English (issue 13: a notice keeps no rendered text).
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { msg } from '../../shared/messages';
import { saidOf, useErrorStore } from '../stores/errorStore';
import { saidText } from './said';

afterEach(() => useErrorStore.getState().clear());

describe('said: kept as data, written when shown', () => {
  it('keeps a refusal as its message, a text without one as written, anything else as a sentence of the interface', () => {
    const refusal = saidOf(new ApiError({ code: 'internal', msg: msg('error.noConnection') }));
    expect(refusal).toEqual({ msg: msg('error.noConnection') });
    expect(saidText(refusal, 'nl')).not.toBe(saidText(refusal, 'en'));
    expect(saidOf(new ApiError({ code: 'unauthorized', message: 'Uw inlogpoging is verlopen.' }))).toEqual({ text: 'Uw inlogpoging is verlopen.' });
    const fallback = saidOf(new TypeError('kapot'), 'auth.unreachable');
    expect([saidText(fallback, 'nl'), saidText(fallback, 'en')]).toEqual(['De server van de keten is niet bereikbaar.', "The chain's server cannot be reached."]);
  });

  it('lets the error banner keep the message itself, so it follows a change of language', () => {
    useErrorStore.getState().report(new ApiError({ code: 'internal', msg: msg('error.noConnection') }), 'week');
    const [shown] = useErrorStore.getState().errors;
    expect(shown!.msg).toEqual(msg('error.noConnection'));
    expect(shown!.message).toBe(saidText({ msg: msg('error.noConnection') }, 'nl'));
  });
});
