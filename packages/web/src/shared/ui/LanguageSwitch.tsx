import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, changeLanguage, toLanguage } from '../i18n/index.ts';

export interface LanguageSwitchProps {
  size?: 'small' | 'middle';
}

/** 中文 / English; the choice is remembered in localStorage. */
export function LanguageSwitch({ size = 'small' }: LanguageSwitchProps) {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      data-testid="lang-switch"
      aria-label={t('language.label')}
      size={size}
      value={toLanguage(i18n.language)}
      options={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
      onChange={changeLanguage}
    />
  );
}
