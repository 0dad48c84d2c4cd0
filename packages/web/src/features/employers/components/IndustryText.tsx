import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickEnum } from '../../../shared/enums.ts';
import { INDUSTRY_SECTIONS } from '../employer-options.ts';

export interface IndustryTextProps {
  /** GB/T 4754-2017 code as registered (`C3311`). */
  code: string | null;
  /** Its section letter (`C`). */
  section: string | null;
}

/** `C3311 · 制造业`, or a dash. */
export function IndustryText({ code, section }: IndustryTextProps) {
  const { t } = useTranslation();
  const letter = pickEnum(INDUSTRY_SECTIONS, section);
  if (!code) return <>{t('common.empty')}</>;
  return (
    <span>
      <Typography.Text code>{code}</Typography.Text>
      {letter ? <Typography.Text type="secondary"> {t(`industrySections.${letter}`)}</Typography.Text> : null}
    </span>
  );
}
