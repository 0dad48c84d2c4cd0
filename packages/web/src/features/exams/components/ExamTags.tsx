import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { translateDynamic } from '../../../shared/i18n/index.ts';

const CONCLUSION_COLORS: Record<string, string> = { no_abnormality: 'green', recheck: 'gold', suspected_od: 'red', contraindication: 'volcano', other_finding: 'blue' };
const FLAG_COLORS: Record<string, string> = { incomplete: 'orange', audiometry_inconsistent: 'magenta', suspected_od: 'red', contraindication: 'volcano', recheck_due: 'gold', rule_unavailable: 'default' };

export function ConclusionTag({ conclusion }: { conclusion: string }) {
  const { t } = useTranslation();
  return <Tag color={CONCLUSION_COLORS[conclusion]}>{translateDynamic(`exams.conclusions.${conclusion}`, conclusion) || t('common.empty')}</Tag>;
}

export function FlagTags({ codes }: { codes: readonly string[] }) {
  return (
    <Space wrap size={4}>
      {codes.map((c) => (
        <Tag key={c} color={FLAG_COLORS[c]} data-testid={`flag-${c}`}>
          {translateDynamic(`exams.flags.${c}`, c)}
        </Tag>
      ))}
    </Space>
  );
}

export function StateTag({ kind, state }: { kind: 'report' | 'notice'; state: string }) {
  const color = state === 'diagnosed' || state === 'confirmed_moved' || state === 'closed' ? 'green' : state === 'reported' || state === 'issued' ? 'red' : 'gold';
  return <Tag color={color}>{translateDynamic(`exams.${kind === 'report' ? 'reportStates' : 'noticeStates'}.${state}`, state)}</Tag>;
}
