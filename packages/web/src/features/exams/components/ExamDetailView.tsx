import { Alert, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { translateDynamic } from '../../../shared/i18n/index.ts';
import type { ExamDetail } from '../api.ts';
import { ConclusionTag, FlagTags } from './ExamTags.tsx';

const FREQS = ['500', '1000', '2000', '3000', '4000', '6000'] as const;
type Ear = Record<(typeof FREQS)[number], number>;

/** One exam: who, items as filed, the conclusion per factor, and the automatic checks with their citations. */
export function ExamDetailView({ exam }: { exam: ExamDetail }) {
  const { t } = useTranslation();
  const items = exam.items as { audiometry?: { left: Ear; right: Ear } | null; [k: string]: unknown };
  const audiometry = items.audiometry ?? null;
  const otherItems = Object.entries(items).filter(([k, v]) => k !== 'audiometry' && k !== 'others' && v !== null && v !== undefined);
  const others = (items.others as { name: string; value: string; unit?: string | null; referenceRange?: string | null }[] | undefined) ?? [];
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="exam-detail">
      <Card>
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('exams.fields.examNumber')}>{exam.examNumber}</Descriptions.Item>
          <Descriptions.Item label={t('exams.fields.examType')}>{t(`exams.examTypes.${exam.examType}`)}</Descriptions.Item>
          <Descriptions.Item label={t('exams.fields.examDate')}>{exam.examDate}</Descriptions.Item>
          <Descriptions.Item label={t('exams.fields.worker')}>{`${exam.workerName}（${exam.idNumberMasked}）`}</Descriptions.Item>
          <Descriptions.Item label={t('exams.fields.employer')}>{exam.employerName}</Descriptions.Item>
          <Descriptions.Item label={t('exams.fields.institution')}>{exam.institutionName}</Descriptions.Item>
          <Descriptions.Item label={t('exams.fields.hazardFactors')}>{exam.hazardFactors.join('、')}</Descriptions.Item>
          <Descriptions.Item label={t('exams.fields.ruleEdition')}>{exam.checks.ruleEdition ?? t('common.empty')}</Descriptions.Item>
          <Descriptions.Item label={t('exams.fields.flag')}>{exam.checks.isComplete && exam.flagCodes.length === 0 ? <Tag color="green">{t('exams.complete')}</Tag> : <FlagTags codes={exam.flagCodes} />}</Descriptions.Item>
        </Descriptions>
      </Card>

      <Card title={t('exams.detail.conclusions')}>
        <Table
          rowKey="hazardFactor"
          size="small"
          pagination={false}
          dataSource={exam.conclusionDetails}
          columns={[
            { key: 'f', title: t('exams.fields.hazardFactor'), render: (_, c) => c.hazardFactor },
            { key: 'c', title: t('exams.fields.conclusion'), render: (_, c) => <ConclusionTag conclusion={c.conclusion} /> },
            { key: 'd', title: t('exams.detail.finding'), render: (_, c) => c.suspectedDisease ?? c.contraindication ?? t('common.empty') },
            { key: 'r', title: t('exams.fields.recheckDueDate'), render: (_, c) => c.recheckDueDate ?? t('common.empty') },
            { key: 'a', title: t('exams.fields.advice'), render: (_, c) => c.advice ?? t('common.empty') },
          ]}
        />
      </Card>

      <Card title={t('exams.detail.checks')}>
        {!exam.checks.verified ? <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('exams.detail.unverified')} /> : null}
        {exam.checks.flags.length === 0 ? <Typography.Text type="secondary">{t('exams.detail.noFlags')}</Typography.Text> : null}
        <Space direction="vertical" style={{ width: '100%' }}>
          {exam.checks.flags.map((f, i) => (
            <Alert
              key={i}
              type={f.code === 'incomplete' || f.code === 'audiometry_inconsistent' ? 'warning' : f.code === 'suspected_od' || f.code === 'contraindication' ? 'error' : 'info'}
              showIcon
              data-testid={`check-${f.code}`}
              title={`${f.hazardFactor ? `${f.hazardFactor}：` : ''}${f.message}`}
              description={
                <Typography.Text type="secondary">
                  {t('exams.detail.citation', { citation: f.citation })}
                  {f.verified ? '' : ` · ${t('exams.detail.flagUnverified')}`}
                </Typography.Text>
              }
            />
          ))}
        </Space>
        <Table
          style={{ marginTop: 12 }}
          rowKey="hazardFactor"
          size="small"
          pagination={false}
          dataSource={exam.checks.factors}
          columns={[
            { key: 'f', title: t('exams.fields.hazardFactor'), render: (_, f) => f.matchedFactor ?? f.hazardFactor },
            { key: 's', title: t('exams.detail.section'), render: (_, f) => (f.standard ? `${f.standard}${f.section ? ` §${f.section}` : ''}` : t('common.empty')) },
            { key: 'r', title: t('exams.detail.requiredItems'), render: (_, f) => f.requiredItems?.join('、') ?? t('exams.detail.ruleUnavailable') },
            { key: 'm', title: t('exams.detail.missingItems'), render: (_, f) => (f.missingItems.length ? <Typography.Text type="danger">{f.missingItems.join('、')}</Typography.Text> : t('common.empty')) },
            { key: 'n', title: t('exams.detail.notChecked'), render: (_, f) => f.notCheckedItems.join('、') || t('common.empty') },
          ]}
        />
        {exam.checks.hearing ? (
          <Descriptions size="small" style={{ marginTop: 12 }} title={t('exams.detail.hearing')} column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('exams.detail.hfAverage')}>{exam.checks.hearing.binauralHighFrequencyAverage} dB</Descriptions.Item>
            <Descriptions.Item label={t('exams.detail.weighted')}>{exam.checks.hearing.weightedSpeechFrequency} dB</Descriptions.Item>
            <Descriptions.Item label={t('exams.detail.grade')}>{translateDynamic(`exams.hearingGrades.${exam.checks.hearing.grade}`, exam.checks.hearing.grade)}</Descriptions.Item>
            <Descriptions.Item label={t('exams.detail.citationLabel')} span={3}>{exam.checks.hearing.citation}</Descriptions.Item>
          </Descriptions>
        ) : null}
      </Card>

      <Card title={t('exams.detail.items')}>
        {audiometry ? (
          <Table
            rowKey="ear"
            size="small"
            pagination={false}
            style={{ marginBottom: 12 }}
            dataSource={(['left', 'right'] as const).map((ear) => ({ ear, ...audiometry[ear] }))}
            columns={[{ key: 'ear', title: t('exams.form.audiometry'), render: (_, r) => t(`exams.form.${r.ear}`) }, ...FREQS.map((f) => ({ key: f, title: `${f} Hz`, render: (_: unknown, r: Ear) => r[f] }))]}
          />
        ) : null}
        <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
          {otherItems.map(([k, v]) => (
            <Descriptions.Item key={k} label={t(`exams.items.${k}` as 'exams.items.ecg', { defaultValue: k })}>
              {formatItem(v)}
            </Descriptions.Item>
          ))}
          {exam.chestRadiographCode ? <Descriptions.Item label={t('exams.detail.chestCode')}>{exam.chestRadiographCode}</Descriptions.Item> : null}
          {others.map((o, i) => (
            <Descriptions.Item key={`o${i}`} label={o.name}>
              {`${o.value}${o.unit ? ` ${o.unit}` : ''}${o.referenceRange ? `（${o.referenceRange}）` : ''}`}
            </Descriptions.Item>
          ))}
        </Descriptions>
      </Card>
    </Space>
  );
}

function formatItem(v: unknown): string {
  if (typeof v !== 'object' || v === null) return String(v);
  return Object.entries(v as Record<string, unknown>)
    .filter(([, x]) => x !== null && x !== undefined)
    .map(([k, x]) => `${k}: ${typeof x === 'boolean' ? (x ? '✓' : '✗') : String(x)}`)
    .join('；');
}
