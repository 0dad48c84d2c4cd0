import { ApiError } from '@ohnet/api-client';
import type { OelAmendmentNotApplied } from '@ohnet/domain';
import { Alert, Button, Checkbox, Collapse, DatePicker, Divider, Flex, Form, Input, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ChemicalCheckStatus, type ChemicalExposureRequest, type ChemicalExposureResult, type RuleUnavailable, useChemicalExposure } from '../api.ts';
import { formatNumber, toIsoDate } from '../format.ts';
import { numberRules } from '../form-rules.ts';
import { useCalculation } from '../use-calculation.ts';
import { CalculatorLayout } from './CalculatorLayout.tsx';
import { NumericRowsField } from './NumericRowsField.tsx';
import { ResultPanel } from './ResultPanel.tsx';
import { CitationText, KeyFigure, ResultSummary, RuleUnavailableNotice, type Tone, UnverifiedNotice, VerdictTag } from './ResultParts.tsx';
import { SimpleTable } from './SimpleTable.tsx';

type SampleRow = { concentration?: number | null; minutes?: number | null };

interface ChemicalFormValues {
  factor: string;
  samples: SampleRow[];
  shortTermSamples?: SampleRow[];
  peakSamples?: { concentration?: number | null }[];
  date?: Dayjs | null;
  applyReportedAmendments?: boolean;
}

/** GBZ 159 sampling: a sample represents at most the whole day; a short-term sample at most 15 min. */
const MINUTES_PER_DAY = 1440;
const SHORT_TERM_MINUTES = 15;

type Metric = keyof ChemicalExposureResult['checks'];

/** Fields inside the folded "more" panel: it opens when one of them has an error. */
const FOLDED_FIELDS = new Set(['shortTermSamples', 'peakSamples', 'date', 'applyReportedAmendments']);

function sumMinutes(rows: SampleRow[] | undefined): number {
  return (rows ?? []).reduce((sum, r) => sum + (typeof r?.minutes === 'number' ? r.minutes : 0), 0);
}

function toRequest(values: ChemicalFormValues): ChemicalExposureRequest {
  const num = (v: number | null | undefined) => v ?? Number.NaN;
  const shortTerm = (values.shortTermSamples ?? []).map((s) => ({ concentration: num(s.concentration), minutes: num(s.minutes) }));
  const peaks = (values.peakSamples ?? []).map((s) => ({ concentration: num(s.concentration) }));
  const date = toIsoDate(values.date);
  return {
    factor: values.factor.trim(),
    samples: values.samples.map((s) => ({ concentration: num(s.concentration), minutes: num(s.minutes) })),
    ...(shortTerm.length > 0 ? { shortTermSamples: shortTerm } : {}),
    ...(peaks.length > 0 ? { peakSamples: peaks } : {}),
    ...(date ? { date } : {}),
    ...(values.applyReportedAmendments ? { applyReportedAmendments: true } : {}),
  };
}

function isAmendmentNotApplied(value: unknown): value is OelAmendmentNotApplied {
  return typeof value === 'object' && value !== null && typeof (value as { amendment?: unknown }).amendment === 'string';
}

interface CheckRow {
  metric: Metric;
  measured: number | null;
  limit: number | null;
  status: ChemicalCheckStatus | 'not_evaluated';
}

const STATUS_TONE: Record<CheckRow['status'], Tone> = { compliant: 'good', exceeds: 'bad', not_applicable: 'neutral', not_evaluated: 'warn' };

function checkRows(result: ChemicalExposureResult): CheckRow[] {
  const { limits, checks, notEvaluated } = result;
  const status = (m: Metric): CheckRow['status'] => (notEvaluated.includes(m) ? 'not_evaluated' : checks[m]);
  const rows: CheckRow[] = [
    { metric: 'twa', measured: result.ctwa, limit: limits.pcTwa, status: status('twa') },
    { metric: 'stel', measured: result.cste, limit: limits.pcStel, status: status('stel') },
    { metric: 'mac', measured: result.cm, limit: limits.mac, status: status('mac') },
    // GBZ 2.1-2019 §6.3.3: factors with only a PC-TWA may not exceed 5 × PC-TWA at any time.
    { metric: 'peak', measured: null, limit: limits.pcTwa === null ? null : limits.pcTwa * 5, status: status('peak') },
  ];
  // A row matters when the standard sets that limit for the factor or it was judged.
  return rows.filter((r) => r.status !== 'not_applicable' || (r.metric !== 'peak' && r.limit !== null));
}

export function ChemicalExposureResultView({ result }: { result: ChemicalExposureResult | RuleUnavailable }) {
  const { t } = useTranslation();
  if (!result.ruleAvailable) {
    return (
      <Flex vertical gap={16}>
        <RuleUnavailableNotice reason={result.reason} message={result.message} citation={result.citation} />
        {result.verified ? null : <UnverifiedNotice />}
      </Flex>
    );
  }
  const rows = checkRows(result);
  const unit = result.unit;
  // A concentration is a key figure only when a limit judges it: C_TWA means nothing for a factor
  // with only a MAC (甲醛), C_M matters for a MAC or for the peak rule of PC-TWA-only factors.
  const figures: { metric: Exclude<Metric, 'peak'>; value: number | null; judged: boolean }[] = [
    { metric: 'twa', value: result.ctwa, judged: result.limits.pcTwa !== null },
    { metric: 'stel', value: result.cste, judged: result.limits.pcStel !== null },
    { metric: 'mac', value: result.cm, judged: result.limits.mac !== null || result.checks.peak !== 'not_applicable' },
  ];
  const amendments = result.amendmentsNotApplied.filter(isAmendmentNotApplied);
  const statusText = (s: CheckRow['status']) => t(`toolbox.chemical.checks.${s}`);
  const toneOf = (m: Metric): Tone => {
    const s = result.notEvaluated.includes(m) ? 'not_evaluated' : result.checks[m];
    return s === 'not_evaluated' || s === 'not_applicable' ? 'neutral' : STATUS_TONE[s];
  };

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap align="center">
        <Typography.Title level={5} style={{ margin: 0, marginInlineEnd: 8 }} data-testid="toolbox-chemical-factor-name">
          {result.factor}
        </Typography.Title>
        <VerdictTag large tone={result.compliant ? 'good' : 'bad'} data-testid="toolbox-verdict">
          {result.compliant ? t('toolbox.common.verdict.compliant') : t('toolbox.common.verdict.exceeds')}
        </VerdictTag>
        {result.complete ? null : <VerdictTag tone="warn">{t('toolbox.chemical.incompleteTag')}</VerdictTag>}
      </Flex>
      <Flex gap={40} wrap>
        {figures
          .filter((f) => f.value !== null && f.judged)
          .map((f) => (
            <KeyFigure
              key={f.metric}
              label={t(`toolbox.chemical.figures.${f.metric}`)}
              value={formatNumber(f.value)}
              unit={unit}
              tone={toneOf(f.metric)}
              data-testid={`toolbox-chemical-${f.metric}`}
            />
          ))}
      </Flex>
      <SimpleTable<CheckRow>
        data-testid="toolbox-chemical-checks"
        rows={rows}
        rowKey={(r) => r.metric}
        columns={[
          { key: 'metric', title: t('toolbox.chemical.columns.metric'), render: (r) => t(`toolbox.chemical.metrics.${r.metric}`) },
          { key: 'measured', title: t('toolbox.chemical.columns.measured'), align: 'right', render: (r) => (r.measured === null ? '—' : `${formatNumber(r.measured)} ${unit}`) },
          {
            key: 'limit',
            title: t('toolbox.chemical.columns.limit'),
            align: 'right',
            render: (r) => (r.limit === null ? '—' : `${t(`toolbox.chemical.limitNames.${r.metric}`)} ${formatNumber(r.limit)} ${unit}`),
          },
          { key: 'status', title: t('toolbox.chemical.columns.status'), render: (r) => <VerdictTag tone={STATUS_TONE[r.status]}>{statusText(r.status)}</VerdictTag> },
        ]}
      />
      <ResultSummary>
        {result.compliant ? t('toolbox.chemical.summaryCompliant', { factor: result.factor }) : t('toolbox.chemical.summaryExceeds', { factor: result.factor })}
        {result.complete ? '' : ` ${t('toolbox.chemical.incomplete', { items: result.notEvaluated.map((m) => t(`toolbox.chemical.metrics.${m as Metric}`)).join('、') })}`}
      </ResultSummary>
      {amendments.length > 0 ? (
        <Alert
          type="info"
          showIcon
          title={t('toolbox.chemical.amendmentsNotApplied', { n: amendments.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {amendments.map((a) => (
                <li key={a.amendment}>
                  {a.amendment}
                  {a.wouldChangeCompliance === null ? '' : `：${a.wouldChangeCompliance ? t('toolbox.chemical.wouldChange') : t('toolbox.chemical.wouldNotChange')}`}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      {result.verified ? null : <UnverifiedNotice />}
      <Divider style={{ margin: 0 }} />
      <CitationText citation={result.citation} />
      <Typography.Text type="secondary">
        {t('toolbox.chemical.limitsBasis', { basis: result.limitsBasis.amendment ? `${result.limitsBasis.edition}（${result.limitsBasis.amendment}）` : result.limitsBasis.edition })}
        {' · '}
        {t('toolbox.common.evaluatedOn', { date: result.date })}
      </Typography.Text>
    </Flex>
  );
}

/** 化学因素: timed samples → C_TWA / C_STE / C_M against PC-TWA, PC-STEL, MAC and the peak rule. */
export function ChemicalExposureCalculator() {
  const { t } = useTranslation();
  const [form] = Form.useForm<ChemicalFormValues>();
  const [candidates, setCandidates] = useState<string[]>([]);
  const [isMoreOpen, setIsMoreOpen] = useState(false);
  const openIfFolded = (fields: readonly string[]) => {
    if (fields.some((f) => FOLDED_FIELDS.has(f))) setIsMoreOpen(true);
  };
  const calc = useCalculation(useChemicalExposure(), form, (error) => {
    // 一氧化碳 has three altitude rows: let the user pick one instead of retyping it.
    const listed = error instanceof ApiError && error.code === 'calc.ambiguous_factor' ? error.details?.candidates : undefined;
    setCandidates(Array.isArray(listed) ? listed.filter((c): c is string => typeof c === 'string') : []);
    if (error instanceof ApiError) openIfFolded((error.details?.issues ?? []).map((i) => i.path.split('.')[1] ?? ''));
  });
  const samples = Form.useWatch('samples', form);

  const handleValuesChange = (changed: Partial<ChemicalFormValues>) => {
    calc.markStale();
    if (changed.factor !== undefined) setCandidates([]);
    if (changed.samples) form.validateFields([['samples']]).catch(() => undefined);
  };

  const handlePickCandidate = (name: string) => {
    form.setFields([{ name: 'factor', value: name, errors: [] }]);
    setCandidates([]);
    calc.markStale();
  };

  const concentration = (required: boolean) => ({ key: 'concentration', label: t('toolbox.chemical.concentration'), unit: 'mg/m³', rules: numberRules({ min: 0, unit: 'mg/m³', required }) });
  const minuteRules = (max: number) => numberRules({ above: 0, max, unit: t('toolbox.units.minutes') });

  const formNode = (
    <Form<ChemicalFormValues>
      form={form}
      layout="vertical"
      initialValues={{ samples: [{}], shortTermSamples: [], peakSamples: [] }}
      onFinish={(values) => calc.run(toRequest(values))}
      onFinishFailed={({ errorFields }) => openIfFolded(errorFields.map((f) => String(f.name[0])))}
      onValuesChange={handleValuesChange}
      data-testid="toolbox-chemical-form"
    >
      <Form.Item
        name="factor"
        label={t('toolbox.chemical.factor')}
        rules={[{ required: true, whitespace: true, message: t('toolbox.chemical.factorRequired') }]}
        extra={
          candidates.length > 0 ? (
            <Flex vertical gap={4} style={{ marginTop: 4 }} data-testid="toolbox-chemical-candidates">
              <Typography.Text type="secondary">{t('toolbox.chemical.candidates')}</Typography.Text>
              <Flex gap={6} wrap>
                {candidates.map((c) => (
                  <Button key={c} size="small" onClick={() => handlePickCandidate(c)}>
                    {c}
                  </Button>
                ))}
              </Flex>
            </Flex>
          ) : undefined
        }
      >
        <Input placeholder={t('toolbox.chemical.factorPlaceholder')} maxLength={120} allowClear data-testid="toolbox-chemical-factor" />
      </Form.Item>
      <Form.Item label={t('toolbox.chemical.samples')} required extra={t('toolbox.chemical.samplesHelp')} style={{ marginBottom: 16 }}>
        <NumericRowsField
          name="samples"
          testIdPrefix="toolbox-chemical-sample"
          minRows={1}
          addLabel={t('toolbox.chemical.addSample')}
          columns={[concentration(true), { key: 'minutes', label: t('toolbox.chemical.minutes'), unit: t('toolbox.units.minutes'), rules: minuteRules(MINUTES_PER_DAY) }]}
          listRules={[
            {
              validator: async (_rule, value: SampleRow[] | undefined) => {
                const total = sumMinutes(value);
                if (total > MINUTES_PER_DAY) throw new Error(t('toolbox.validation.minutesTotal', { total: formatNumber(total, 1) }));
              },
            },
          ]}
          footer={
            <Typography.Text type="secondary" style={{ display: 'block', margin: '0 0 8px 48px' }}>
              {t('toolbox.chemical.totalMinutes', { minutes: formatNumber(sumMinutes(samples), 1) })}
            </Typography.Text>
          }
        />
      </Form.Item>
      <Collapse
        size="small"
        style={{ marginBottom: 16 }}
        activeKey={isMoreOpen ? ['more'] : []}
        onChange={(keys) => setIsMoreOpen(keys.includes('more'))}
        items={[
          {
            key: 'more',
            label: <span data-testid="toolbox-chemical-more">{t('toolbox.chemical.moreSamples')}</span>,
            forceRender: true,
            children: (
              <>
                <Form.Item label={t('toolbox.chemical.shortTermSamples')} extra={t('toolbox.chemical.shortTermHelp')}>
                  <NumericRowsField
                    name="shortTermSamples"
                    testIdPrefix="toolbox-chemical-short"
                    addLabel={t('toolbox.chemical.addSample')}
                    columns={[concentration(true), { key: 'minutes', label: t('toolbox.chemical.minutes'), unit: t('toolbox.units.minutes'), rules: minuteRules(SHORT_TERM_MINUTES) }]}
                  />
                </Form.Item>
                <Form.Item label={t('toolbox.chemical.peakSamples')} extra={t('toolbox.chemical.peakHelp')}>
                  <NumericRowsField name="peakSamples" testIdPrefix="toolbox-chemical-peak" addLabel={t('toolbox.chemical.addSample')} columns={[concentration(true)]} />
                </Form.Item>
                <Form.Item name="date" label={t('toolbox.common.evaluationDate')} extra={t('toolbox.common.evaluationDateHelp')}>
                  <DatePicker style={{ width: '100%' }} data-testid="toolbox-chemical-date" />
                </Form.Item>
                <Form.Item name="applyReportedAmendments" valuePropName="checked" extra={t('toolbox.chemical.applyReportedAmendmentsHelp')} style={{ marginBottom: 0 }}>
                  <Checkbox>{t('toolbox.chemical.applyReportedAmendments')}</Checkbox>
                </Form.Item>
              </>
            ),
          },
        ]}
      />
      <Button type="primary" htmlType="submit" loading={calc.isPending} data-testid="toolbox-chemical-submit">
        {t('toolbox.common.calculate')}
      </Button>
    </Form>
  );

  return (
    <CalculatorLayout
      title={t('toolbox.tabs.chemical')}
      intro={t('toolbox.chemical.intro')}
      form={formNode}
      result={
        <ResultPanel testId="toolbox-chemical-result" isPending={calc.isPending} isStale={calc.isStale} problem={calc.problem}>
          {calc.result ? <ChemicalExposureResultView result={calc.result} /> : null}
        </ResultPanel>
      }
    />
  );
}
