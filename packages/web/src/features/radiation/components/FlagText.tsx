import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { translateDynamic } from '../../../shared/i18n/index.ts';
import type { DoseHistory } from '../api.ts';
import { msv } from './DoseRecordTable.tsx';

export interface FlagTextProps {
  flag: DoseHistory['flags'][number];
}

/** One flag: what was exceeded, value / threshold, and the clause (marked when unverified). */
export function FlagText({ flag }: FlagTextProps) {
  const { t } = useTranslation();
  return (
    <span data-testid={`dose-flag-${flag.code}`}>
      {translateDynamic(`radiation.flagCodes.${flag.code}`, flag.code)}（{flag.year}）：{msv(flag.valueMsv)} / {msv(flag.thresholdMsv)} mSv
      <Typography.Text type="secondary">
        {' '}
        {flag.citation}
        {flag.verified ? '' : ` · ${t('radiation.unverified')}`}
      </Typography.Text>
    </span>
  );
}
