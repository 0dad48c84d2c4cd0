import { EMPLOYER_SIZE_CLASSES } from '@ohnet/domain';
import { useTranslation } from 'react-i18next';
import { pickEnum } from '../../../shared/enums.ts';

export interface SizeClassTextProps {
  value: string | null;
}

/** 大型 / 中型 / 小型 / 微型, or a dash. */
export function SizeClassText({ value }: SizeClassTextProps) {
  const { t } = useTranslation();
  const size = pickEnum(EMPLOYER_SIZE_CLASSES, value);
  return <>{size ? t(`sizeClasses.${size}`) : t('common.empty')}</>;
}
