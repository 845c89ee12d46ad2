// Every journey starts at "Wie bent u?": choose a profile the way a user does.
import type { Page } from 'playwright-core';

export type ProfileToChoose = 'coordinator' | { consultant: string } | { school: string };

/**
 * Chooses a profile on the chooser. A consultant or school is picked by (part of) its visible
 * name; without one the first in the list is taken. Waits until the header names the profile.
 */
export async function chooseProfile(page: Page, who: ProfileToChoose | 'consultant' | 'school'): Promise<string> {
  await page.waitForSelector('[data-testid="profile-chooser"] [data-testid="profile-coordinator"]', { timeout: 20_000 });
  if (who === 'coordinator') {
    await page.getByTestId('profile-coordinator').click();
  } else {
    const [select, button, name] =
      who === 'consultant' || (typeof who === 'object' && 'consultant' in who)
        ? (['profile-consultant-name', 'profile-consultant', typeof who === 'object' && 'consultant' in who ? who.consultant : null] as const)
        : (['profile-school-name', 'profile-school', typeof who === 'object' && 'school' in who ? who.school : null] as const);
    if (name) {
      const value = await page.$eval(
        `[data-testid="${select}"]`,
        (el, wanted) => {
          // Runs in the page; typed loosely because the test side has no DOM types.
          const options = (el as unknown as { options: ArrayLike<{ text: string; value: string }> }).options;
          return Array.from(options).find((o) => o.text.includes(wanted))?.value ?? null;
        },
        name,
      );
      if (!value) throw new Error(`Profiel "${name}" staat niet in de keuzelijst.`);
      await page.selectOption(`[data-testid="${select}"]`, value);
    }
    await page.getByTestId(button).click();
  }
  const current = page.getByTestId('profile-current');
  await current.waitFor({ timeout: 20_000 });
  return ((await current.textContent()) ?? '').trim();
}

/** Back to the chooser through the header. */
export async function switchProfile(page: Page): Promise<void> {
  await page.getByTestId('profile-switch').click();
  await page.waitForSelector('[data-testid="profile-chooser"] [data-testid="profile-coordinator"]', { timeout: 20_000 });
}
