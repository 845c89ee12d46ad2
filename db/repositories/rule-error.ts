// A change the region's rules refuse (a name taken, a row still in use, a row that is gone),
// as a message (code + parameters, shared/messages/) and the form field to blame. The services
// turn it into the API's error, which carries the message so the renderer writes it in the
// reader's language; repositories stay free of the API. `message` is its Dutch, for the log
// and the command line.
import { renderMsg, type Msg } from '../../shared/messages';

export class DataRuleError extends Error {
  constructor(
    readonly msg: Msg,
    readonly field?: string,
    readonly code: 'conflict' | 'not_found' = 'conflict',
  ) {
    super(renderMsg(msg, 'nl'));
    this.name = 'DataRuleError';
  }
}
