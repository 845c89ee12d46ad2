// The beheerder's account screen on the team server. The work is done by the auth service;
// this adds the check that the caller is a beheerder and turns its refusals into API errors.
import type { Handlers } from '../../../shared/api/dispatch';
import { ApiError } from '../../../shared/api/errors';
import type { ApiCtx } from '../../../shared/api/access';
import { listConsultants, listSchools } from '../../../db/repositories/region';
import { msg } from '../../../shared/messages';
import type { ServiceDeps } from '../context';
import { AccountError, createAuth, type AccountInfo } from '../auth/accounts';

type AccountCalls =
  | 'accounts.list'
  | 'accounts.add'
  | 'accounts.setRole'
  | 'accounts.resetPassword'
  | 'accounts.setDisabled'
  | 'accounts.logoutEverywhere'
  | 'accounts.resetTotp'
  | 'accounts.setEmail';

function requireBeheerder(ctx: ApiCtx): string {
  const account = ctx.session.account;
  if (!account) throw new ApiError({ code: 'forbidden', msg: msg('accounts.desktopOnly') });
  if (account.role !== 'beheerder') throw new ApiError({ code: 'forbidden', msg: msg('accounts.onlyBeheerder') });
  return account.username;
}

async function translated<T>(fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof AccountError) throw new ApiError({ code: 'invalid_input', message: err.message, field: err.field, msg: err.msg });
    throw err;
  }
}

export function accountHandlers({ db }: ServiceDeps): Pick<Handlers<ApiCtx>, AccountCalls> {
  const auth = createAuth(db);
  const one = (id: string): AccountInfo => {
    const a = auth.list().find((x) => x.id === id);
    if (!a) throw new ApiError({ code: 'not_found', msg: msg('accounts.gone'), field: 'id' });
    return a;
  };
  return {
    'accounts.list': (_input, ctx) => {
      const me = requireBeheerder(ctx);
      return {
        items: auth.list(),
        consultants: listConsultants(db).map((c) => ({ id: c.id, name: c.name })),
        schools: listSchools(db).map((s) => ({ id: s.id, name: s.name })),
        me,
      };
    },
    'accounts.add': (input, ctx) => translated(async () => ({ account: await auth.add(input, requireBeheerder(ctx)) })),
    'accounts.setRole': ({ id, role, consultantId, schoolId }, ctx) =>
      translated(() => {
        const me = requireBeheerder(ctx);
        if (one(id).username === me && role !== 'beheerder') throw new AccountError('U kunt uw eigen rol als beheerder niet afnemen; laat een andere beheerder dat doen.', 'role');
        auth.setRole(id, role, { consultantId, schoolId }, me);
        return { account: one(id) };
      }),
    'accounts.resetPassword': ({ id, password }, ctx) =>
      translated(async () => {
        await auth.resetPassword(id, password, requireBeheerder(ctx));
        return { account: one(id) };
      }),
    'accounts.setDisabled': ({ id, disabled }, ctx) =>
      translated(() => {
        const me = requireBeheerder(ctx);
        if (disabled && one(id).username === me) throw new AccountError('U kunt uw eigen account niet blokkeren.', 'id');
        auth.setDisabled(id, disabled, me);
        return { account: one(id) };
      }),
    'accounts.resetTotp': ({ id }, ctx) =>
      translated(() => {
        const me = requireBeheerder(ctx);
        const account = one(id);
        if (account.username === me) throw new AccountError(msg('accounts.ownTotp'), 'id');
        if (!account.totp) throw new AccountError(msg('accounts.noTotp', { name: account.username }), 'id');
        auth.resetTotp(id, me);
        return { account: one(id) };
      }),
    'accounts.setEmail': ({ id, email }, ctx) =>
      translated(() => {
        const me = requireBeheerder(ctx);
        one(id);
        auth.setEmail(id, email, me);
        return { account: one(id) };
      }),
    'accounts.logoutEverywhere': ({ id }, ctx) => {
      requireBeheerder(ctx);
      one(id);
      return { ended: auth.logoutEverywhere(id) };
    },
  };
}
