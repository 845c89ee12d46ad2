// Beheer's refusals reach the caller as messages (code + parameters): through dispatch and as
// the transports carry them (JSON), so an English screen reads English, and no id shows.
import { describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorData } from '../../../shared/api/errors';
import { renderMsg } from '../../../shared/messages';
import { as, call, fail, useDemoProfiles } from '../../../test/support/demo-profiles';
import { classForm, roomForm } from '../../../test/support/manage-forms';

useDemoProfiles();

/** No internal id in a sentence meant for the user (demo ids look like R-GOR-TOETS, C-02, K-MERW-Z-1). */
const NO_IDS = /\b(R|C|T|K|S|L|G|SK|KO|BSO)-[A-Z0-9]/;

/** The refusal as the renderer gets it: over the wire as JSON, then an ApiError again. */
function received(e: ApiErrorData): ApiError {
  return new ApiError(JSON.parse(JSON.stringify(e)) as ApiErrorData);
}

/** Both languages of a refusal, checked to be free of ids. */
function written(e: ApiErrorData): { nl: string; en: string; code: string } {
  const got = received(e);
  expect(got.msg, e.message).toBeDefined();
  const nl = renderMsg(got.msg!, 'nl');
  const en = renderMsg(got.msg!, 'en');
  for (const text of [nl, en]) expect(text).not.toMatch(NO_IDS);
  expect(nl).toBe(e.message);
  return { nl, en, code: got.msg!.code };
}

describe('Beheer refusals as messages', () => {
  it('refuses a room name taken at its location, in English too', async () => {
    const coordinator = await as('coordinator');
    const rooms = (await call(coordinator, 'rooms.list', {})).items;
    const [a, b] = rooms.filter((r, _i, all) => all.filter((x) => x.locationId === r.locationId).length > 1);
    expect(a.locationId).toBe(b.locationId);
    const e = await fail(coordinator, 'rooms.save', { ...roomForm(b), name: a.name.toUpperCase() });
    expect(e).toMatchObject({ code: 'conflict', field: 'name' });
    expect(written(e)).toEqual({
      code: 'manage.nameTaken.room',
      nl: `Op deze locatie is al een ruimte met de naam ${a.name.toUpperCase()}.`,
      en: `This location already has a room named ${a.name.toUpperCase()}.`,
    });
  });

  it('refuses to erase a gemeente in use, counting what still belongs to it', async () => {
    const coordinator = await as('coordinator');
    const g = (await call(coordinator, 'gemeenten.list', {})).items[0];
    const e = await fail(coordinator, 'gemeenten.remove', { id: g.id });
    expect(e.code).toBe('conflict');
    expect(written(e)).toEqual({
      code: 'manage.inUse.gemeente',
      nl: `${g.name} kan niet worden verwijderd: er horen nog ${g.locations} locaties en ${g.participants} deelnemers bij. Verplaats die eerst naar een andere gemeente.`,
      en: `${g.name} cannot be removed: it still has ${g.locations} locations and ${g.participants} participants. Move them to another municipality first.`,
    });
  });

  it('refuses to erase a location in use and names what uses it by count', async () => {
    const coordinator = await as('coordinator');
    const l = (await call(coordinator, 'locations.list', {})).items.find((x) => x.uses.rooms > 0)!;
    const { en, code } = written(await fail(coordinator, 'locations.remove', { id: l.id }));
    expect(code).toBe('manage.inUse.location');
    expect(en).toMatch(new RegExp(`^${l.name} cannot be removed: it still has ${l.uses.rooms} rooms?`));
  });

  it('says a row that is gone is gone, by what it was and never by its id', async () => {
    const coordinator = await as('coordinator');
    const room = roomForm((await call(coordinator, 'rooms.list', {})).items[0]);
    const e = await fail(coordinator, 'rooms.save', { ...room, id: 'R-NOPE' });
    expect(e).toMatchObject({ code: 'not_found', field: 'id' });
    expect(written(e)).toEqual({ code: 'manage.gone', nl: 'Deze ruimte bestaat niet (meer).', en: 'This room does not exist (any more).' });
    const chosen = await fail(coordinator, 'rooms.save', { ...room, id: undefined, name: 'Nieuw', locationId: 'L-NOPE' });
    expect(written(chosen)).toMatchObject({ code: 'manage.refGone', en: 'The chosen location does not exist (any more); choose another.' });
  });

  it("asks for a successor of a consultant's clients in English", async () => {
    const coordinator = await as('coordinator');
    const leaving = (await call(coordinator, 'consultants.list', {})).items.find((c) => c.clients > 1)!;
    const e = await fail(coordinator, 'consultants.remove', { id: leaving.id, confirm: true });
    expect(e.field).toBe('transferClientsTo');
    expect(written(e).en).toBe(`${leaving.name} still has ${leaving.clients} clients. First choose a consultant to take them over.`);
  });

  it("keeps a liaison to their own school's classes, in English too", async () => {
    const coordinator = await as('coordinator');
    const liaison = await as('liaison', 'S-MERW');
    const theirs = (await call(coordinator, 'classes.list', {})).items.find((c) => c.schoolId === 'S-LING')!;
    const mine = (await call(liaison, 'classes.list', {})).items[0];
    expect(written(await fail(liaison, 'classes.save', { ...classForm(theirs), schoolId: 'S-MERW' })).en).toBe('This class does not exist at your language school.');
    expect(written(await fail(liaison, 'classes.save', { ...classForm(mine), schoolId: 'S-LING' })).en).toBe('You can only save classes of your own language school.');
  });
});
