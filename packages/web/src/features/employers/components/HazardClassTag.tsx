import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Employer } from '../api.ts';

export interface HazardClassTagProps {
  employer: Pick<Employer, 'hazardClass' | 'hazardClassCitation'>;
  /** 职业病危害严重 rather than 严重. */
  long?: boolean;
}

/** 严重 / 一般 as derived from the industry (2021 construction-project risk catalogue), its citation on hover. */
export function HazardClassTag({ employer, long = false }: HazardClassTagProps) {
  const { t } = useTranslation();
  const { hazardClass, hazardClassCitation } = employer;
  const tag = hazardClass ? (
    <Tag color={hazardClass === 'severe' ? 'red' : 'blue'} variant="outlined" data-testid="hazard-class-tag">
      {long ? t(`hazardClasses.${hazardClass}Long`) : t(`hazardClasses.${hazardClass}`)}
    </Tag>
  ) : (
    <Tag data-testid="hazard-class-tag">{t('hazardClasses.unknown')}</Tag>
  );
  return hazardClassCitation ? <Tooltip title={t('hazardClasses.citation', { citation: hazardClassCitation })}>{tag}</Tooltip> : tag;
}
