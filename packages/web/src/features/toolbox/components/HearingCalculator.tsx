import { AUDIOMETRIC_FREQUENCIES, type AudiometricFrequency, hearingInputIssues } from '@ohnet/domain';
import { Button, Collapse, Divider, Flex, Form, InputNumber, Radio, Skeleton, Typography } from 'antd';
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { type HearingRequest, type HearingResult, useHearingAssessment } from '../api.ts';
import { formatNumber } from '../format.ts';
import { domainIssueRule } from '../form-rules.ts';
import { useCalculation } from '../use-calculation.ts';
import { CalculatorLayout } from './CalculatorLayout.tsx';
import { ResultPanel } from './ResultPanel.tsx';
import { CitationText, KeyFigure, ResultSummary, type Tone, UnverifiedNotice, VerdictTag } from './ResultParts.tsx';
import { SimpleTable } from './SimpleTable.tsx';

// ECharts loads only when a hearing result is drawn, never with the rest of the toolbox.
const AudiogramChart = lazy(async () => ({ default: (await import('./AudiogramChart.tsx')).AudiogramChart }));

type Ear = 'left' | 'right';
const EARS: readonly Ear[] = ['left', 'right'];
type EarValues = Partial<Record<AudiometricFrequency, number | null>>;

interface HearingFormValues {
  age?: number | null;
  sex?: HearingRequest['sex'];
  left?: EarValues;
  right?: EarValues;
}

/** The form as the domain check sees it: blanks are missing values, not zeros. */
function toCandidate(values: HearingFormValues): Record<string, unknown> {
  const ear = (v: EarValues | undefined) => Object.fromEntries(AUDIOMETRIC_FREQUENCIES.map((f) => [f, v?.[f] ?? undefined]));
  return { age: values.age ?? undefined, sex: values.sex, left: ear(values.left), right: ear(values.right) };
}

function toRequest(values: HearingFormValues): HearingRequest {
  // Only called once the form (and so the domain check) passed: every value is present.
  const n = (v: number | null | undefined) => v ?? Number.NaN;
  const ear = (v: EarValues | undefined): HearingRequest['left'] => ({
    500: n(v?.['500']),
    1000: n(v?.['1000']),
    2000: n(v?.['2000']),
    3000: n(v?.['3000']),
    4000: n(v?.['4000']),
    6000: n(v?.['6000']),
  });
  return { age: n(values.age), sex: values.sex ?? 'male', left: ear(values.left), right: ear(values.right) };
}

/** `none` is not an all-clear (screening may still be positive): it reads as neutral, not green. */
const GRADE_TONE: Record<HearingResult['grade'], Tone> = { none: 'neutral', mild: 'warn', moderate: 'bad', severe: 'bad' };

interface TableRow {
  key: string;
  label: string;
  values: Partial<Record<AudiometricFrequency, number>>;
  speech?: number;
  weighted?: number;
}

export function HearingResultView({ result }: { result: HearingResult }) {
  const { t } = useTranslation();
  const hf = formatNumber(result.binauralHighFrequencyAverage, 1);
  const weighted = formatNumber(result.weightedSpeechFrequency, 1);
  const rows: TableRow[] = [
    ...EARS.map((ear) => ({
      key: ear,
      label: t(`toolbox.hearing.ears.${ear}`),
      values: result.corrected[ear],
      speech: result.speechFrequencyAverage?.[ear],
      weighted: result.weightedValues?.[ear],
    })),
    ...(result.ageCorrectionApplied && result.corrections ? [{ key: 'correction', label: t('toolbox.hearing.correctionRow'), values: result.corrections }] : []),
  ];

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap align="center">
        <VerdictTag large tone={result.screeningPositive ? 'bad' : 'good'} data-testid="toolbox-verdict">
          {result.screeningPositive ? t('toolbox.hearing.screeningPositive') : t('toolbox.hearing.screeningNegative')}
        </VerdictTag>
        <VerdictTag tone={GRADE_TONE[result.grade]}>{t('toolbox.hearing.gradeTag', { grade: t(`toolbox.hearing.grades.${result.grade}`) })}</VerdictTag>
      </Flex>
      <Flex gap={40} wrap>
        <KeyFigure
          label={t('toolbox.hearing.hfAverage')}
          value={hf}
          unit="dB HL"
          tone={result.screeningPositive ? 'bad' : 'good'}
          note={t('toolbox.hearing.hfAverageNote')}
          data-testid="toolbox-hearing-hf-average"
        />
        <KeyFigure
          label={t('toolbox.hearing.weightedValue')}
          value={weighted}
          unit="dB HL"
          tone={GRADE_TONE[result.grade]}
          note={t('toolbox.hearing.betterEarNote', { ear: t(`toolbox.hearing.betterEar.${result.betterEar}`) })}
          data-testid="toolbox-hearing-weighted"
        />
      </Flex>
      <ResultSummary>
        {result.screeningPositive ? t('toolbox.hearing.summaryPositive', { value: hf }) : t('toolbox.hearing.summaryNegative', { value: hf })}
        {result.grade === 'none' ? '' : ` ${t('toolbox.hearing.summaryGrade', { value: weighted, grade: t(`toolbox.hearing.grades.${result.grade}`) })}`}
      </ResultSummary>
      {result.verified ? null : <UnverifiedNotice />}
      <div>
        <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
          {t('toolbox.hearing.correctedTitle')}
        </Typography.Text>
        <SimpleTable<TableRow>
          data-testid="toolbox-hearing-corrected"
          rows={rows}
          rowKey={(r) => r.key}
          columns={[
            { key: 'label', title: '', render: (r) => r.label },
            ...AUDIOMETRIC_FREQUENCIES.map((f) => ({ key: f, title: `${f} Hz`, align: 'right' as const, render: (r: TableRow) => formatNumber(r.values[f], 1) })),
            { key: 'speech', title: t('toolbox.hearing.speechAverage'), align: 'right' as const, render: (r: TableRow) => (r.speech === undefined ? '' : formatNumber(r.speech, 1)) },
            { key: 'weighted', title: t('toolbox.hearing.weightedShort'), align: 'right' as const, render: (r: TableRow) => (r.weighted === undefined ? '' : formatNumber(r.weighted, 1)) },
          ]}
        />
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 6, fontSize: 12 }}>
          {result.ageCorrectionApplied ? t('toolbox.hearing.ageCorrected', { band: result.ageBand ?? '' }) : t('toolbox.hearing.ageNotCorrected')}
        </Typography.Text>
      </div>
      <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 280 }} />}>
        <AudiogramChart corrected={result.corrected} />
      </Suspense>
      <Divider style={{ margin: 0 }} />
      {result.parts && result.parts.length > 0 ? (
        <Collapse
          size="small"
          items={[
            {
              key: 'parts',
              label: t('toolbox.hearing.partsTitle'),
              children: (
                <Flex vertical gap={10}>
                  {result.parts.map((p) => (
                    <div key={p.part}>
                      <Flex gap={8} align="center">
                        <Typography.Text strong>{t(`toolbox.hearing.parts.${p.part}`)}</Typography.Text>
                        <VerdictTag tone={p.verified ? 'good' : 'warn'}>{p.verified ? t('toolbox.common.verifiedTag') : t('toolbox.common.unverifiedTag')}</VerdictTag>
                      </Flex>
                      <Typography.Text type="secondary">{p.citation}</Typography.Text>
                    </div>
                  ))}
                </Flex>
              ),
            },
          ]}
        />
      ) : null}
      <CitationText citation={result.citation} />
    </Flex>
  );
}

/** 听力评定: age/sex-corrected audiogram → high-frequency average, weighted value, grade, screening. */
export function HearingCalculator() {
  const { t } = useTranslation();
  const [form] = Form.useForm<HearingFormValues>();
  const calc = useCalculation(useHearingAssessment(), form);
  const issuesOf = () => hearingInputIssues(toCandidate(form.getFieldsValue(true) as HearingFormValues));

  const formNode = (
    <Form<HearingFormValues> form={form} layout="vertical" onFinish={(values) => calc.run(toRequest(values))} onValuesChange={calc.markStale} data-testid="toolbox-hearing-form">
      <Flex gap={16} wrap>
        <Form.Item name="age" label={t('toolbox.hearing.age')} validateFirst rules={[{ required: true, message: t('toolbox.hearing.ageRequired') }, domainIssueRule(issuesOf, 'age')]}>
          <InputNumber suffix={t('toolbox.units.years')} precision={0} style={{ width: 140 }} data-testid="toolbox-hearing-age" />
        </Form.Item>
        <Form.Item name="sex" label={t('toolbox.hearing.sex')} rules={[{ required: true, message: t('toolbox.hearing.sexRequired') }]}>
          <Radio.Group optionType="button" data-testid="toolbox-hearing-sex">
            <Radio.Button value="male">
              <span data-testid="toolbox-hearing-sex-male">{t('toolbox.hearing.male')}</span>
            </Radio.Button>
            <Radio.Button value="female">
              <span data-testid="toolbox-hearing-sex-female">{t('toolbox.hearing.female')}</span>
            </Radio.Button>
          </Radio.Group>
        </Form.Item>
      </Flex>
      <Form.Item label={t('toolbox.hearing.thresholds')} required extra={t('toolbox.hearing.thresholdsHelp')}>
        <div className="ohnet-audiogram-grid" role="group" aria-label={t('toolbox.hearing.thresholds')}>
          <span />
          {AUDIOMETRIC_FREQUENCIES.map((f) => (
            <Typography.Text key={f} type="secondary" className="ohnet-audiogram-head">
              {f} Hz
            </Typography.Text>
          ))}
          {EARS.map((ear) => (
            <div key={ear} className="ohnet-audiogram-row">
              <Typography.Text className="ohnet-audiogram-ear" data-ear={ear}>
                {t(`toolbox.hearing.ears.${ear}`)}
              </Typography.Text>
              {AUDIOMETRIC_FREQUENCIES.map((f) => (
                <Form.Item
                  key={f}
                  noStyle
                  name={[ear, f]}
                  rules={[domainIssueRule(issuesOf, `${ear}.${f}`, t('toolbox.hearing.cellPrefix', { ear: t(`toolbox.hearing.ears.${ear}`), frequency: f }))]}
                >
                  <InputNumber controls={false} style={{ width: '100%' }} aria-label={`${t(`toolbox.hearing.ears.${ear}`)} ${f} Hz`} data-testid={`toolbox-hearing-${ear}-${f}`} />
                </Form.Item>
              ))}
            </div>
          ))}
        </div>
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={calc.isPending} data-testid="toolbox-hearing-submit">
        {t('toolbox.common.calculate')}
      </Button>
    </Form>
  );

  return (
    <CalculatorLayout
      title={t('toolbox.tabs.hearing')}
      intro={t('toolbox.hearing.intro')}
      form={formNode}
      result={
        <ResultPanel testId="toolbox-hearing-result" isPending={calc.isPending} isStale={calc.isStale} problem={calc.problem}>
          {calc.result ? <HearingResultView result={calc.result} /> : null}
        </ResultPanel>
      }
    />
  );
}
