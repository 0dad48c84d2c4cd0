import type { RegionLevel } from '@ohnet/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const LEVEL_COLORS: Record<RegionLevel, string> = { province: 'geekblue', city: 'blue', county: 'cyan', township: 'green' };

export interface RegionLevelTagProps {
  level: RegionLevel;
}

export function RegionLevelTag({ level }: RegionLevelTagProps) {
  const { t } = useTranslation();
  return <Tag color={LEVEL_COLORS[level]}>{t(`regionLevels.${level}`)}</Tag>;
}
