// Errors cross the transport as plain data, so both IPC and HTTP carry the same shape.
import { renderMsg, type Msg } from '../messages';

/**
 * 'stale': the change was made on data someone changed meanwhile (its expectedVersion is not the
 * stored version); the message says who changed what and when, and the client reloads.
 */
export type ApiErrorCode = 'invalid_input' | 'unknown_call' | 'not_found' | 'conflict' | 'stale' | 'forbidden' | 'unauthorized' | 'internal';

/** One refused field: its Dutch sentence, and the sentence as a message when there is one. */
export interface ApiIssue {
  field: string;
  message: string;
  msg?: Msg;
}

export interface ApiErrorData {
  code: ApiErrorCode;
  /** Dutch sentence for the user. */
  message: string;
  /** Dotted path of the offending input field, when one is to blame. */
  field?: string;
  /** Per field its Dutch sentence and, when the contract or a service gave one, the message (`msg`) for the reader's language. */
  issues?: ApiIssue[];
  /** The refusal as data (code + parameters), so the renderer writes it in the reader's language; `message` is its Dutch. */
  msg?: Msg;
}

/** An error built from a message: the Dutch sentence is written from it. */
export type ApiErrorInit = Omit<ApiErrorData, 'message'> & ({ message: string } | { message?: undefined; msg: Msg });

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly field?: string;
  readonly issues?: ApiIssue[];
  readonly msg?: Msg;

  constructor(data: ApiErrorInit) {
    super(data.message ?? (data.msg ? renderMsg(data.msg, 'nl') : ''));
    this.name = 'ApiError';
    this.code = data.code;
    this.field = data.field;
    this.issues = data.issues;
    this.msg = data.msg;
  }

  toData(): ApiErrorData {
    const out: ApiErrorData = { code: this.code, message: this.message };
    if (this.field !== undefined) out.field = this.field;
    if (this.issues !== undefined) out.issues = this.issues;
    if (this.msg !== undefined) out.msg = this.msg;
    return out;
  }
}

/** Why one field of the input is refused, worded as dispatch words the contract's refusals. */
export function invalidInputMessage(field: string, message: string): string {
  return `Ongeldige invoer bij '${field}': ${message}`;
}

/**
 * A service's refusal of one field the contract cannot check on its own (it needs stored data).
 * Given as a message, the error carries it, so the renderer writes it in the reader's language;
 * the issue keeps its Dutch.
 */
export function invalidInput(field: string, refusal: string | Msg): ApiError {
  const message = typeof refusal === 'string' ? refusal : renderMsg(refusal, 'nl');
  return new ApiError({
    code: 'invalid_input',
    field,
    message: invalidInputMessage(field, message),
    issues: [typeof refusal === 'string' ? { field, message } : { field, message, msg: refusal }],
    ...(typeof refusal === 'string' ? {} : { msg: refusal }),
  });
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiErrorData };

export function isApiErrorData(x: unknown): x is ApiErrorData {
  return typeof x === 'object' && x !== null && typeof (x as ApiErrorData).code === 'string' && typeof (x as ApiErrorData).message === 'string';
}
