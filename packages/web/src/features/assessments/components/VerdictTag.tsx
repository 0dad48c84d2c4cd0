import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLOURS = { compliant: 'green', exceeding: 'red', not_judgeable: 'default' } as const;

/** 合格 / 超标 / 无法判定 of one measurement point. */
export function VerdictTag({ verdict }: { verdict: keyof typeof COLOURS }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOURS[verdict]} data-testid={`verdict-${verdict}`}>
      {t(`assessments.verdicts.${verdict}`)}
    </Tag>
  );
}
