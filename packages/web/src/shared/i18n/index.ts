import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n, { type ParseKeys } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Messages, zhCN } from './zh-CN.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
    // Permission names ('region:read') are keys, so ':' must not split namespaces.
    nsSeparator: false;
  }
}

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'ohnet.language';
const DAYJS_LOCALES: Record<Language, string> = { 'zh-CN': 'zh-cn', en: 'en' };

export function toLanguage(value: string | null | undefined): Language {
  return LANGUAGES.find((l) => l === value) ?? 'zh-CN';
}

function readStoredLanguage(): Language {
  try {
    return toLanguage(localStorage.getItem(STORAGE_KEY));
  } catch {
    return 'zh-CN';
  }
}

function applyLanguage(language: Language): void {
  document.documentElement.lang = language;
  dayjs.locale(DAYJS_LOCALES[language]);
}

/**
 * Dictionaries other than the default one load when first needed, so the sign-in route carries
 * one language only. `en.ts` must still provide every key (its `Messages` type).
 */
const LOADERS: Record<Exclude<Language, 'zh-CN'>, () => Promise<Messages>> = {
  en: async () => (await import('./en.ts')).en,
};

async function loadLanguage(language: Language): Promise<void> {
  if (language === 'zh-CN' || i18n.hasResourceBundle(language, 'translation')) return;
  i18n.addResourceBundle(language, 'translation', await LOADERS[language]());
}

const initial = readStoredLanguage();
applyLanguage(initial);

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN } },
  lng: initial,
  fallbackLng: 'zh-CN',
  nsSeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
});

i18n.on('languageChanged', (lng) => {
  const language = toLanguage(lng);
  applyLanguage(language);
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
});

/** Resolves once the stored language's dictionary is loaded; the app renders after it (no flash of the other language). */
export const i18nReady: Promise<void> = loadLanguage(initial).catch(() => {
  // Offline or a failed chunk: the default language (the fallback) still reads.
});

export function changeLanguage(language: Language): void {
  void loadLanguage(language).then(() => i18n.changeLanguage(language));
}

/**
 * Translates a key built at run time (an error or issue code from the server), or returns
 * `fallback` when the resources have no such key.
 */
export function translateDynamic(key: string, fallback: string): string {
  return i18n.exists(key) ? i18n.t(key as ParseKeys) : fallback;
}

export { i18n };
