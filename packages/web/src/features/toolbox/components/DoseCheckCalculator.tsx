import { CloseCircleFilled } from '@ant-design/icons';
import { doseCheckInputIssues } from '@ohnet/domain';
import { Alert, Button, Divider, Flex, Form, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { type DoseCheckRequest, type DoseCheckResult, useDoseCheck } from '../api.ts';
import { formatNumber } from '../format.ts';
import { domainIssueRule } from '../form-rules.ts';
import { useCalculation } from '../use-calculation.ts';
import { CalculatorLayout } from './CalculatorLayout.tsx';
import { NumericRowsField } from './NumericRowsField.tsx';
import { ResultPanel } from './ResultPanel.tsx';
import { CitationText, KeyFigure, ResultSummary, UnverifiedNotice, VerdictTag } from './ResultParts.tsx';

interface DoseRow {
  year?: number | null;
  effectiveMsv?: number | null;
  lensMsv?: number | null;
  skinMsv?: number | null;
}

interface DoseFormValues {
  annualDoses: DoseRow[];
}

/** GB 18871-2002 B1.1.1.1 a): 20 mSv a year averaged over 5 consecutive years. */
const FIVE_YEAR_AVERAGE_LIMIT_MSV = 20;
const FIVE_YEAR_SUM_LIMIT_MSV = 100;
const WINDOW_YEARS = 5;

/** The rows as the domain check sees them: blanks are absent values. */
function toCandidate(values: DoseFormValues): { annualDoses: Record<string, number | undefined>[] } {
  return {
    annualDoses: (values.annualDoses ?? []).map((d) => ({
      year: d?.year ?? undefined,
      effectiveMsv: d?.effectiveMsv ?? undefined,
      ...(typeof d?.lensMsv === 'number' ? { lensMsv: d.lensMsv } : {}),
      ...(typeof d?.skinMsv === 'number' ? { skinMsv: d.skinMsv } : {}),
    })),
  };
}

function toRequest(values: DoseFormValues): DoseCheckRequest {
  return {
    annualDoses: values.annualDoses.map((d) => ({
      year: d.year ?? Number.NaN,
      effectiveMsv: d.effectiveMsv ?? Number.NaN,
      ...(typeof d.lensMsv === 'number' ? { lensMsv: d.lensMsv } : {}),
      ...(typeof d.skinMsv === 'number' ? { skinMsv: d.skinMsv } : {}),
    })),
  };
}

function initialRows(): DoseRow[] {
  const thisYear = dayjs().year();
  return Array.from({ length: WINDOW_YEARS }, (_, i) => ({ year: thisYear - WINDOW_YEARS + i }));
}

export function DoseCheckResultView({ result }: { result: DoseCheckResult }) {
  const { t } = useTranslation();
  const window = result.fiveYearWindow;
  const average = result.fiveYearAverage ?? result.fiveYearSum / WINDOW_YEARS;
  const exceeded = result.flags.length > 0;
  const lastWindowExceeded = result.fiveYearSum > FIVE_YEAR_SUM_LIMIT_MSV;
  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap>
        <VerdictTag large tone={exceeded ? 'bad' : 'good'} data-testid="toolbox-verdict">
          {exceeded ? t('toolbox.dose.hasFlags', { n: result.flags.length }) : t('toolbox.dose.noFlags')}
        </VerdictTag>
      </Flex>
      <Flex gap={40} wrap>
        <KeyFigure
          label={t('toolbox.dose.fiveYearSum')}
          value={formatNumber(result.fiveYearSum)}
          unit="mSv"
          tone={lastWindowExceeded ? 'bad' : 'good'}
          note={window ? t('toolbox.dose.windowNote', { from: window.fromYear, to: window.toYear, limit: FIVE_YEAR_SUM_LIMIT_MSV }) : undefined}
          data-testid="toolbox-dose-sum"
        />
        <KeyFigure
          label={t('toolbox.dose.fiveYearAverage')}
          value={formatNumber(average)}
          unit={t('toolbox.units.msvPerYear')}
          tone={lastWindowExceeded ? 'bad' : 'good'}
          note={t('toolbox.dose.averageNote', { limit: FIVE_YEAR_AVERAGE_LIMIT_MSV })}
        />
      </Flex>
      {window && window.missingYears.length > 0 ? (
        <Typography.Text type="secondary">{t('toolbox.dose.missingYears', { years: window.missingYears.join('、') })}</Typography.Text>
      ) : null}
      {exceeded ? (
        <div data-testid="toolbox-dose-flags">
          <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
            {t('toolbox.dose.flagsTitle')}
          </Typography.Text>
          <Flex vertical gap={8}>
            {result.flags.map((f) => (
              <Flex key={`${f.code}:${f.year}`} gap={8} align="baseline" className="ohnet-dose-flag">
                <CloseCircleFilled style={{ color: '#cf1322' }} />
                <div>
                  <div>
                    {t(`toolbox.dose.flags.${f.code}`, {
                      year: f.year,
                      from: f.window?.fromYear ?? f.year - WINDOW_YEARS + 1,
                      to: f.window?.toYear ?? f.year,
                      value: formatNumber(f.valueMsv),
                      limit: formatNumber(f.limitMsv),
                    })}
                  </div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {f.citation}
                  </Typography.Text>
                </div>
              </Flex>
            ))}
          </Flex>
        </div>
      ) : (
        <ResultSummary>{t('toolbox.dose.summaryOk')}</ResultSummary>
      )}
      {result.investigationLevel && !result.investigationLevel.ruleAvailable ? (
        <Alert type="info" showIcon title={t('toolbox.dose.investigationUnavailable')} data-testid="toolbox-dose-investigation" />
      ) : null}
      {result.verified ? null : <UnverifiedNotice />}
      <Divider style={{ margin: 0 }} />
      <CitationText citation={result.citation} />
    </Flex>
  );
}

/** 个人剂量: annual doses → the GB 18871 annual, 5-year, lens and skin limits. */
export function DoseCheckCalculator() {
  const { t } = useTranslation();
  const [form] = Form.useForm<DoseFormValues>();
  const calc = useCalculation(useDoseCheck(), form);
  const issuesOf = () => doseCheckInputIssues(toCandidate(form.getFieldsValue(true) as DoseFormValues));
  const rule = (key: keyof DoseRow, required: boolean) => (index: number) => [
    ...(required ? [{ required: true, message: t('toolbox.validation.required') }] : []),
    domainIssueRule(issuesOf, `annualDoses.${index}.${key}`),
  ];

  const handleValuesChange = () => {
    calc.markStale();
    // A duplicate year is reported on the later row: recheck every year when any changes.
    const rows = (form.getFieldValue('annualDoses') as DoseRow[] | undefined) ?? [];
    const touchedYears = rows.map((_, i): ['annualDoses', number, 'year'] => ['annualDoses', i, 'year']).filter((name) => form.isFieldTouched(name));
    if (touchedYears.length > 0) form.validateFields(touchedYears).catch(() => undefined);
  };

  const formNode = (
    <Form<DoseFormValues>
      form={form}
      layout="vertical"
      initialValues={{ annualDoses: initialRows() }}
      onFinish={(values) => calc.run(toRequest(values))}
      onValuesChange={handleValuesChange}
      data-testid="toolbox-dose-form"
    >
      <Form.Item label={t('toolbox.dose.annualDoses')} required extra={t('toolbox.dose.annualDosesHelp')} style={{ marginBottom: 16 }}>
        <NumericRowsField
          name="annualDoses"
          testIdPrefix="toolbox-dose"
          minRows={1}
          maxRows={60}
          addLabel={t('toolbox.dose.addYear')}
          columns={[
            { key: 'year', label: t('toolbox.dose.year'), integer: true, rules: rule('year', true) },
            { key: 'effectiveMsv', label: t('toolbox.dose.effective'), unit: 'mSv', rules: rule('effectiveMsv', true) },
            { key: 'lensMsv', label: t('toolbox.dose.lens'), unit: 'mSv', placeholder: t('toolbox.common.optional'), rules: rule('lensMsv', false) },
            { key: 'skinMsv', label: t('toolbox.dose.skin'), unit: 'mSv', placeholder: t('toolbox.common.optional'), rules: rule('skinMsv', false) },
          ]}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={calc.isPending} data-testid="toolbox-dose-submit">
        {t('toolbox.common.calculate')}
      </Button>
    </Form>
  );

  return (
    <CalculatorLayout
      title={t('toolbox.tabs.dose')}
      intro={t('toolbox.dose.intro')}
      form={formNode}
      result={
        <ResultPanel testId="toolbox-dose-result" isPending={calc.isPending} isStale={calc.isStale} problem={calc.problem}>
          {calc.result ? <DoseCheckResultView result={calc.result} /> : null}
        </ResultPanel>
      }
    />
  );
}
