// A change the region's rules refuse (a name taken, a row still in use, a row that is gone),
// with a Dutch sentence for the user and the form field to blame. The services turn it into
// the API's error; repositories stay free of the API. `msg` carries the sentence as data (code +
// parameters) so the renderer can write it in English too.
import type { Msg } from '../../shared/messages';

export class DataRuleError extends Error {
  constructor(
    message: string,
    readonly field?: string,
    readonly code: 'conflict' | 'not_found' = 'conflict',
    readonly msg?: Msg,
  ) {
    super(message);
    this.name = 'DataRuleError';
  }
}
