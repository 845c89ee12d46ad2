import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Lang } from './translate';

interface LangState {
  lang: Lang;
  setLang(lang: Lang): void;
}

// Dutch by default; the choice survives a restart because a liaison who reads English
// better should not have to switch again every morning.
export const useLangStore = create<LangState>()(
  persist(
    (set) => ({
      lang: 'nl',
      setLang: (lang) => set({ lang }),
    }),
    {
      name: 'keten-planner.lang',
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ lang: s.lang }),
    },
  ),
);
