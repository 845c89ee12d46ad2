// One dispatch for every transport: validate input, run the handler, validate output.
// Handlers get already-parsed input and may throw ApiError; anything else becomes 'internal'.
import type { z } from 'zod';
import { contract, isCallName, type CallName, type CallOutput, type HandlerInput } from './contract';
import { splitFieldMsg } from '../messages';
import { ApiError, invalidInputMessage, type ApiErrorData, type ApiIssue, type ApiResult } from './errors';

export type Handlers<Ctx> = {
  [N in CallName]: (input: HandlerInput<N>, ctx: Ctx) => CallOutput<N> | Promise<CallOutput<N>>;
};

export type Dispatch<Ctx> = (name: string, input: unknown, ctx: Ctx) => Promise<ApiResult<unknown>>;

/**
 * The contract's refusals: per field its Dutch sentence and, when the schema words it as a
 * message (shared/messages/field-msg.ts), the message; the first field's message is the error's.
 */
function zodIssuesToError(err: z.ZodError): ApiErrorData {
  const issues: ApiIssue[] = err.issues.map((i) => ({
    field: i.path.length ? i.path.join('.') : '(invoer)',
    ...splitFieldMsg(i.message),
  }));
  const first = issues[0];
  return {
    code: 'invalid_input',
    message: first ? invalidInputMessage(first.field, first.message) : 'Ongeldige invoer.',
    field: first?.field,
    issues,
    ...(first?.msg ? { msg: first.msg } : {}),
  };
}

export function createDispatch<Ctx>(
  handlers: Handlers<Ctx>,
  opts: {
    onInternalError?: (name: string, err: unknown) => void;
    /** Access check before the handler runs (shared/api/access.ts); null = allowed. */
    authorize?: (name: CallName, ctx: Ctx) => ApiErrorData | null;
  } = {},
): Dispatch<Ctx> {
  return async (name, input, ctx) => {
    if (!isCallName(name)) {
      return { ok: false, error: { code: 'unknown_call', message: `Onbekende aanroep: ${name}` } };
    }
    const denied = opts.authorize?.(name, ctx);
    if (denied) return { ok: false, error: denied };
    const spec = contract[name];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: zodIssuesToError(parsed.error) };
    try {
      const handler = handlers[name] as (i: unknown, c: Ctx) => unknown;
      const out = await handler(parsed.data, ctx);
      const checked = spec.output.safeParse(out);
      if (!checked.success) {
        // A service returned something the contract does not allow: our bug, not the caller's.
        opts.onInternalError?.(name, checked.error);
        return { ok: false, error: { code: 'internal', message: `Interne fout in ${name}: antwoord voldoet niet aan het contract.` } };
      }
      return { ok: true, data: checked.data };
    } catch (err) {
      if (err instanceof ApiError) return { ok: false, error: err.toData() };
      opts.onInternalError?.(name, err);
      return { ok: false, error: { code: 'internal', message: `Interne fout in ${name}.` } };
    }
  };
}
