import { Select, Space, Table, Tag, Input, DatePicker } from 'antd';
import type { TableColumnsType } from 'antd';
import { EXAM_CONCLUSIONS, HEALTH_EXAM_TYPES } from '@ohnet/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { examPath } from '../../../shared/routes.ts';
import { serverPagination } from '../../../shared/ui/table-pagination.ts';
import type { ExamListItem, ExamListQuery } from '../api.ts';
import { ConclusionTag, FlagTags } from './ExamTags.tsx';

export const EXAM_FLAGS = ['incomplete', 'audiometry_inconsistent', 'suspected_od', 'contraindication', 'recheck_due', 'rule_unavailable'] as const;

export interface ExamFiltersProps {
  query: ExamListQuery;
  onChange: (patch: Partial<ExamListQuery>) => void;
}

/** Filters of the exam list: type, conclusion, flag, date range, and a name / exam number / ID number. */
export function ExamFilters({ query, onChange }: ExamFiltersProps) {
  const { t } = useTranslation();
  return (
    <Space wrap style={{ marginBottom: 12 }} data-testid="exam-filters">
      <Input.Search allowClear placeholder={t('exams.filters.q')} defaultValue={query.q} onSearch={(q) => onChange({ q: q || undefined, page: 1 })} style={{ width: 260 }} />
      <Select allowClear placeholder={t('exams.fields.examType')} value={query.examType} style={{ width: 140 }} onChange={(v) => onChange({ examType: v, page: 1 })} options={HEALTH_EXAM_TYPES.map((v) => ({ value: v, label: t(`exams.examTypes.${v}`) }))} />
      <Select allowClear placeholder={t('exams.fields.conclusion')} value={query.conclusion} style={{ width: 160 }} onChange={(v) => onChange({ conclusion: v, page: 1 })} options={EXAM_CONCLUSIONS.map((v) => ({ value: v, label: t(`exams.conclusions.${v}`) }))} />
      <Select allowClear placeholder={t('exams.fields.flag')} value={query.flag} style={{ width: 180 }} onChange={(v) => onChange({ flag: v, page: 1 })} options={EXAM_FLAGS.map((v) => ({ value: v, label: t(`exams.flags.${v}`) }))} data-testid="exam-flag-filter" />
      <DatePicker.RangePicker
        onChange={(range) => onChange({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD'), page: 1 })}
        placeholder={[t('exams.filters.from'), t('exams.filters.to')]}
      />
    </Space>
  );
}

export interface ExamTableProps {
  items: ExamListItem[];
  total: number | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}

export function ExamTable({ items, total, loading, page, pageSize, onPageChange }: ExamTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ExamListItem> = [
    { key: 'examNumber', title: t('exams.fields.examNumber'), width: 150, render: (_, e) => <Link to={examPath(e.id)} data-testid={`exam-link-${e.examNumber}`}>{e.examNumber}</Link> },
    { key: 'worker', title: t('exams.fields.worker'), width: 180, render: (_, e) => `${e.workerName}（${e.idNumberMasked}）` },
    { key: 'employer', title: t('exams.fields.employer'), render: (_, e) => e.employerName },
    { key: 'type', title: t('exams.fields.examType'), width: 100, render: (_, e) => t(`exams.examTypes.${e.examType}`) },
    { key: 'date', title: t('exams.fields.examDate'), width: 110, render: (_, e) => e.examDate },
    { key: 'factors', title: t('exams.fields.hazardFactors'), render: (_, e) => e.hazardFactors.join('、') },
    { key: 'conclusions', title: t('exams.fields.conclusion'), render: (_, e) => <Space wrap size={4}>{e.conclusions.map((c, i) => <ConclusionTag key={i} conclusion={c} />)}</Space> },
    { key: 'flags', title: t('exams.fields.flag'), render: (_, e) => (e.isComplete && e.flagCodes.length === 0 ? <Tag color="green">{t('exams.complete')}</Tag> : <FlagTags codes={e.flagCodes} />) },
  ];
  return <Table rowKey="id" size="middle" columns={columns} dataSource={items} loading={loading} pagination={serverPagination(page, pageSize, total, onPageChange)} data-testid="exam-table" />;
}
