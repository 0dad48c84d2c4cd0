import { Button, Divider, Flex, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type NoiseExposureRequest, type NoiseExposureResult, type RuleUnavailable, useNoiseExposure } from '../api.ts';
import { formatNumber } from '../format.ts';
import { numberRules } from '../form-rules.ts';
import { useCalculation } from '../use-calculation.ts';
import { CalculatorLayout } from './CalculatorLayout.tsx';
import { NumericRowsField } from './NumericRowsField.tsx';
import { ResultPanel } from './ResultPanel.tsx';
import { CitationText, KeyFigure, ResultSummary, RuleUnavailableNotice, UnverifiedNotice, VerdictTag } from './ResultParts.tsx';

interface NoiseFormValues {
  segments: { laeq?: number | null; hours?: number | null }[];
}

/** GBZ 2.2-2007 / GBZ/T 189.8: levels 0–200 dB(A), each period over 0 and up to 24 h, 24 h a day at most. */
const MAX_DB = 200;
const HOURS_PER_DAY = 24;

function totalHours(segments: NoiseFormValues['segments'] | undefined): number {
  return (segments ?? []).reduce((sum, s) => sum + (typeof s?.hours === 'number' ? s.hours : 0), 0);
}

function toRequest(values: NoiseFormValues): NoiseExposureRequest {
  return { segments: values.segments.map((s) => ({ laeq: s.laeq ?? Number.NaN, hours: s.hours ?? Number.NaN })) };
}

export function NoiseExposureResultView({ result }: { result: NoiseExposureResult | RuleUnavailable }) {
  const { t } = useTranslation();
  if (!result.ruleAvailable) {
    return (
      <Flex vertical gap={16}>
        <RuleUnavailableNotice reason={result.reason} message={result.message} citation={result.citation} />
        {result.verified ? null : <UnverifiedNotice />}
      </Flex>
    );
  }
  const value = formatNumber(result.lex8h, 1);
  const summary = result.exceedsLimit
    ? t('toolbox.noise.summaryExceeds', { value, limit: result.limit })
    : result.exceedsActionLevel
      ? t('toolbox.noise.summaryAction', { value, limit: result.limit, action: result.actionLevel })
      : t('toolbox.noise.summaryBelow', { value, action: result.actionLevel });
  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap align="center">
        <VerdictTag large tone={result.exceedsLimit ? 'bad' : 'good'} data-testid="toolbox-verdict">
          {result.exceedsLimit ? t('toolbox.common.verdict.exceeds') : t('toolbox.common.verdict.compliant')}
        </VerdictTag>
        <VerdictTag tone={result.exceedsActionLevel ? 'warn' : 'neutral'}>
          {result.exceedsActionLevel ? t('toolbox.noise.reachesActionLevel', { action: result.actionLevel }) : t('toolbox.noise.belowActionLevel', { action: result.actionLevel })}
        </VerdictTag>
      </Flex>
      <Flex gap={40} wrap>
        <KeyFigure
          label={t('toolbox.noise.lex8h')}
          value={value}
          unit="dB(A)"
          tone={result.exceedsLimit ? 'bad' : result.exceedsActionLevel ? 'warn' : 'good'}
          data-testid="toolbox-noise-lex8h"
        />
        <KeyFigure label={t('toolbox.noise.limit')} value={formatNumber(result.limit)} unit="dB(A)" />
        <KeyFigure label={t('toolbox.noise.actionLevel')} value={formatNumber(result.actionLevel)} unit="dB(A)" />
        <KeyFigure label={t('toolbox.noise.totalHoursLabel')} value={formatNumber(result.totalHours, 2)} unit={t('toolbox.units.hours')} />
      </Flex>
      <ResultSummary>{summary}</ResultSummary>
      {result.verified ? null : <UnverifiedNotice />}
      <Divider style={{ margin: 0 }} />
      <CitationText citation={result.citation} />
      <Typography.Text type="secondary">{t('toolbox.common.evaluatedOn', { date: result.date })}</Typography.Text>
    </Flex>
  );
}

/** 噪声 L_EX,8h: a working day's periods → the 8-hour equivalent level against 85 / 80 dB(A). */
export function NoiseExposureCalculator() {
  const { t } = useTranslation();
  const [form] = Form.useForm<NoiseFormValues>();
  const calc = useCalculation(useNoiseExposure(), form);
  const segments = Form.useWatch('segments', form);
  const hours = totalHours(segments);

  const handleValuesChange = (changed: Partial<NoiseFormValues>) => {
    calc.markStale();
    // The day's total is a rule of the list, which antd checks only on submit by itself.
    if (changed.segments) form.validateFields([['segments']]).catch(() => undefined);
  };

  const formNode = (
    <Form<NoiseFormValues>
      form={form}
      layout="vertical"
      initialValues={{ segments: [{}] }}
      onFinish={(values) => calc.run(toRequest(values))}
      onValuesChange={handleValuesChange}
      data-testid="toolbox-noise-form"
    >
      <Form.Item label={t('toolbox.noise.segments')} required style={{ marginBottom: 16 }}>
        <NumericRowsField
          name="segments"
          testIdPrefix="toolbox-noise"
          minRows={1}
          addLabel={t('toolbox.noise.addSegment')}
          columns={[
            { key: 'laeq', label: t('toolbox.noise.laeq'), unit: 'dB(A)', placeholder: '85', rules: numberRules({ min: 0, max: MAX_DB, unit: 'dB(A)' }) },
            { key: 'hours', label: t('toolbox.noise.hours'), unit: t('toolbox.units.hours'), placeholder: '8', rules: numberRules({ above: 0, max: HOURS_PER_DAY, unit: t('toolbox.units.hours') }) },
          ]}
          listRules={[
            {
              validator: async (_rule, value: NoiseFormValues['segments'] | undefined) => {
                const total = totalHours(value);
                if (total > HOURS_PER_DAY) throw new Error(t('toolbox.validation.hoursTotal', { total: formatNumber(total, 2) }));
              },
            },
          ]}
          footer={
            <Typography.Text type="secondary" style={{ display: 'block', margin: '0 0 8px 48px' }}>
              {t('toolbox.noise.totalHours', { hours: formatNumber(hours, 2) })}
            </Typography.Text>
          }
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={calc.isPending} data-testid="toolbox-noise-submit">
        {t('toolbox.common.calculate')}
      </Button>
    </Form>
  );

  return (
    <CalculatorLayout
      title={t('toolbox.tabs.noise')}
      intro={t('toolbox.noise.intro')}
      form={formNode}
      result={
        <ResultPanel testId="toolbox-noise-result" isPending={calc.isPending} isStale={calc.isStale} problem={calc.problem}>
          {calc.result ? <NoiseExposureResultView result={calc.result} /> : null}
        </ResultPanel>
      }
    />
  );
}
