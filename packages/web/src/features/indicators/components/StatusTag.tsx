import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { STATUS_COLORS, type TargetStatus } from '../format.ts';

export interface StatusTagProps {
  status: TargetStatus;
  /** The rule and basis that produced the status, shown on hover. */
  rule?: string | null;
  basis?: string | null;
}

/** 进度正常 / 有风险 / 落后 / 未计算, with the rule citation on hover. */
export function StatusTag({ status, rule, basis }: StatusTagProps) {
  const { t } = useTranslation();
  const tag = (
    <Tag color={STATUS_COLORS[status]} data-testid={`status-${status}`}>
      {t(`indicators.status.${status}`)}
    </Tag>
  );
  if (!rule && !basis) return tag;
  return (
    <Tooltip
      title={
        <>
          {basis ? <div>{t(`indicators.basis.${basis}`, { defaultValue: basis })}</div> : null}
          {rule ? <div style={{ opacity: 0.8, fontSize: 12 }}>{t('indicators.rule', { rule })}</div> : null}
        </>
      }
    >
      {tag}
    </Tooltip>
  );
}
