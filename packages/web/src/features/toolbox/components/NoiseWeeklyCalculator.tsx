import { Button, Divider, Flex, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type NoiseWeeklyRequest, type NoiseWeeklyResult, type RuleUnavailable, useNoiseWeekly } from '../api.ts';
import { formatNumber } from '../format.ts';
import { numberRules } from '../form-rules.ts';
import { useCalculation } from '../use-calculation.ts';
import { CalculatorLayout } from './CalculatorLayout.tsx';
import { NumericRowsField } from './NumericRowsField.tsx';
import { ResultPanel } from './ResultPanel.tsx';
import { CitationText, KeyFigure, ResultSummary, RuleUnavailableNotice, UnverifiedNotice, VerdictTag } from './ResultParts.tsx';

interface NoiseWeeklyFormValues {
  days: { lex8h?: number | null }[];
}

const MAX_DB = 200;
/** L_EX,W sums the working days of one week (GBZ/T 189.8-2007): 1 to 7. */
const MAX_DAYS = 7;

function toRequest(values: NoiseWeeklyFormValues): NoiseWeeklyRequest {
  return { days: values.days.map((d) => ({ lex8h: d.lex8h ?? Number.NaN })) };
}

export function NoiseWeeklyResultView({ result }: { result: NoiseWeeklyResult | RuleUnavailable }) {
  const { t } = useTranslation();
  if (!result.ruleAvailable) {
    return (
      <Flex vertical gap={16}>
        <RuleUnavailableNotice reason={result.reason} message={result.message} citation={result.citation} />
        {result.verified ? null : <UnverifiedNotice />}
      </Flex>
    );
  }
  const value = formatNumber(result.lexw, 1);
  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap>
        <VerdictTag large tone={result.exceedsLimit ? 'bad' : 'good'} data-testid="toolbox-verdict">
          {result.exceedsLimit ? t('toolbox.common.verdict.exceeds') : t('toolbox.common.verdict.compliant')}
        </VerdictTag>
      </Flex>
      <Flex gap={40} wrap>
        <KeyFigure label={t('toolbox.noiseWeekly.lexw')} value={value} unit="dB(A)" tone={result.exceedsLimit ? 'bad' : 'good'} data-testid="toolbox-noise-weekly-lexw" />
        <KeyFigure label={t('toolbox.noise.limit')} value={formatNumber(result.limit)} unit="dB(A)" />
        <KeyFigure label={t('toolbox.noiseWeekly.workingDays')} value={String(result.workingDays)} unit={t('toolbox.units.days')} />
      </Flex>
      <ResultSummary>
        {result.exceedsLimit ? t('toolbox.noiseWeekly.summaryExceeds', { value, limit: result.limit }) : t('toolbox.noiseWeekly.summaryCompliant', { value, limit: result.limit })}
      </ResultSummary>
      {result.verified ? null : <UnverifiedNotice />}
      <Divider style={{ margin: 0 }} />
      <CitationText citation={result.citation} />
      <Typography.Text type="secondary">{t('toolbox.common.evaluatedOn', { date: result.date })}</Typography.Text>
    </Flex>
  );
}

/** 噪声 L_EX,W: the daily L_EX,8h of up to 7 working days → the 40-hour weekly level. */
export function NoiseWeeklyCalculator() {
  const { t } = useTranslation();
  const [form] = Form.useForm<NoiseWeeklyFormValues>();
  const calc = useCalculation(useNoiseWeekly(), form);

  const formNode = (
    <Form<NoiseWeeklyFormValues>
      form={form}
      layout="vertical"
      initialValues={{ days: [{}, {}, {}, {}, {}] }}
      onFinish={(values) => calc.run(toRequest(values))}
      onValuesChange={calc.markStale}
      data-testid="toolbox-noiseWeekly-form"
    >
      <Form.Item label={t('toolbox.noiseWeekly.days')} required extra={t('toolbox.noiseWeekly.daysHelp')} style={{ marginBottom: 16 }}>
        <NumericRowsField
          name="days"
          testIdPrefix="toolbox-noiseWeekly"
          minRows={1}
          maxRows={MAX_DAYS}
          addLabel={t('toolbox.noiseWeekly.addDay')}
          rowLabel={(i) => t('toolbox.noiseWeekly.day', { n: i + 1 })}
          rowLabelWidth={64}
          columns={[{ key: 'lex8h', label: t('toolbox.noiseWeekly.lex8h'), unit: 'dB(A)', placeholder: '85', rules: numberRules({ min: 0, max: MAX_DB, unit: 'dB(A)' }) }]}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={calc.isPending} data-testid="toolbox-noiseWeekly-submit">
        {t('toolbox.common.calculate')}
      </Button>
    </Form>
  );

  return (
    <CalculatorLayout
      title={t('toolbox.tabs.noiseWeekly')}
      intro={t('toolbox.noiseWeekly.intro')}
      form={formNode}
      result={
        <ResultPanel testId="toolbox-noiseWeekly-result" isPending={calc.isPending} isStale={calc.isStale} problem={calc.problem}>
          {calc.result ? <NoiseWeeklyResultView result={calc.result} /> : null}
        </ResultPanel>
      }
    />
  );
}
