import { Alert, Button, Card, Col, DatePicker, Descriptions, Divider, Flex, Form, InputNumber, Row, Select, Tag, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type ExamPlanFactor, type ExamPlanRequest, type ExamPlanResult, type ExamType, useExamPlan } from '../api.ts';
import { toIsoDate } from '../format.ts';
import { numberRules } from '../form-rules.ts';
import { useCalculation } from '../use-calculation.ts';
import { CalculatorLayout } from './CalculatorLayout.tsx';
import { ResultPanel } from './ResultPanel.tsx';
import { CitationText, UnverifiedNotice, VerdictTag } from './ResultParts.tsx';

interface ExamPlanFormValues {
  hazardFactors: string[];
  examType: ExamType;
  examDate?: Dayjs | null;
  lastExamDate?: Dayjs | null;
  noiseLevel?: number | null;
  dustGrade?: number | null;
}

// The rules below mirror the domain's examPlanInputIssues by hand: calling it would pull the whole
// GBZ 188 rule pack into this public page (+85 kB minified, +17 kB gzip) to check two dates and a range.

/** Every exam type of the contract, in the order of a working life. */
const EXAM_TYPES = ['pre_employment', 'periodic', 'exit', 'post_employment', 'emergency'] as const satisfies readonly ExamType[];
/** GBZ/T 229.1 dust work grades. */
const DUST_GRADES = [0, 1, 2, 3] as const;
/** Common GBZ 188 factors offered as suggestions; any name, alias or CAS number may be typed. */
const COMMON_FACTORS = ['噪声', '高温', '矽尘', '煤尘', '电焊烟尘', '苯', '正己烷', '铅', '锰', '汞', '氨', '氯气', '甲醛', '紫外辐射', '手传振动', '高处作业', '压力容器作业', '职业机动车驾驶作业'];
const MAX_FACTORS = 50;
const MAX_DB = 200;

function toRequest(values: ExamPlanFormValues): ExamPlanRequest {
  const examDate = toIsoDate(values.examDate);
  const lastExamDate = toIsoDate(values.lastExamDate);
  return {
    hazardFactors: values.hazardFactors.map((f) => f.trim()).filter((f) => f !== ''),
    examType: values.examType,
    ...(examDate ? { examDate } : {}),
    ...(lastExamDate ? { lastExamDate } : {}),
    ...(typeof values.noiseLevel === 'number' ? { noiseLevel: values.noiseLevel } : {}),
    ...(typeof values.dustGrade === 'number' ? { dustGrade: values.dustGrade } : {}),
  };
}

function ItemList({ items }: { items: readonly string[] | null | undefined }) {
  const { t } = useTranslation();
  if (!items) return <Typography.Text type="secondary">{t('toolbox.examPlan.notInData')}</Typography.Text>;
  if (items.length === 0) return <Typography.Text type="secondary">{t('toolbox.examPlan.none')}</Typography.Text>;
  return (
    <ul className="ohnet-plain-list">
      {items.map((i) => (
        <li key={i}>{i}</li>
      ))}
    </ul>
  );
}

function PeriodText({ factor }: { factor: ExamPlanFactor }) {
  const { t } = useTranslation();
  const range = factor.periodRangeMonths;
  if (range) return <>{t('toolbox.examPlan.periodRange', { min: range[0], max: range[1] })}</>;
  if (factor.periodMonths !== null) return <>{t('toolbox.examPlan.periodMonths', { n: factor.periodMonths })}</>;
  const options = factor.periodOptions ?? [];
  if (options.length > 0) {
    return (
      <>
        <Typography.Text type="secondary">{t('toolbox.examPlan.periodDepends')}</Typography.Text>
        <ul className="ohnet-plain-list">
          {options.map((o) => (
            <li key={o.id}>{o.text}</li>
          ))}
        </ul>
      </>
    );
  }
  return <Typography.Text type="secondary">{factor.periodNote ?? t('toolbox.examPlan.none')}</Typography.Text>;
}

function ExamPlanFactorCard({ factor, examType }: { factor: ExamPlanFactor; examType: ExamType | undefined }) {
  const { t } = useTranslation();
  const matched = factor.matchedFactor && factor.matchedFactor !== factor.factor ? factor.matchedFactor : null;
  const title = (
    <Flex gap={8} align="center" wrap>
      <span>{factor.factor}</span>
      {factor.ruleAvailable ? null : <VerdictTag tone="neutral">{t('toolbox.examPlan.unavailableTag')}</VerdictTag>}
      {factor.verified ? <VerdictTag tone="good">{t('toolbox.common.verifiedTag')}</VerdictTag> : <VerdictTag tone="warn">{t('toolbox.common.unverifiedTag')}</VerdictTag>}
    </Flex>
  );

  let body: ReactNode;
  if (!factor.ruleAvailable) {
    body = (
      <Alert
        type="info"
        showIcon
        title={t('toolbox.examPlan.unavailable', { examType: examType ? t(`toolbox.examPlan.examTypes.${examType}`) : '' })}
        description={factor.reason ? t('toolbox.common.technicalDetail', { message: factor.reason }) : undefined}
      />
    );
  } else {
    const items: DescriptionsProps['items'] = [
      { key: 'required', label: t('toolbox.examPlan.requiredItems'), children: <ItemList items={factor.requiredItems} /> },
      ...(factor.physicalExam ? [{ key: 'physical', label: t('toolbox.examPlan.physicalExam'), children: <ItemList items={factor.physicalExam} /> }] : []),
      { key: 'optional', label: t('toolbox.examPlan.optionalItems'), children: <ItemList items={factor.optionalItems} /> },
      { key: 'diseases', label: t('toolbox.examPlan.targetDiseases'), children: <ItemList items={factor.targetDiseases} /> },
      { key: 'contraindications', label: t('toolbox.examPlan.contraindications'), children: <ItemList items={factor.contraindications} /> },
      { key: 'period', label: t('toolbox.examPlan.period'), children: <PeriodText factor={factor} /> },
      {
        key: 'next',
        label: t('toolbox.examPlan.nextDueDate'),
        children: factor.nextDueDate ? <Typography.Text strong>{factor.nextDueDate}</Typography.Text> : <Typography.Text type="secondary">—</Typography.Text>,
      },
      ...(factor.recheck ? [{ key: 'recheck', label: t('toolbox.examPlan.recheck'), children: factor.recheck }] : []),
      ...(factor.periodNote && (factor.periodMonths !== null || factor.periodRangeMonths) ? [{ key: 'periodNote', label: t('toolbox.examPlan.periodNote'), children: factor.periodNote }] : []),
      ...(factor.notes && factor.notes.length > 0 ? [{ key: 'notes', label: t('toolbox.examPlan.notes'), children: <ItemList items={factor.notes} /> }] : []),
    ];
    body = <Descriptions size="small" bordered column={1} items={items} styles={{ label: { width: 120, whiteSpace: 'nowrap' } }} />;
  }

  return (
    <Card size="small" title={title} data-testid="toolbox-exam-plan-factor" extra={matched ? <Typography.Text type="secondary">{t('toolbox.examPlan.matched', { name: matched })}</Typography.Text> : null}>
      <Flex vertical gap={12}>
        {body}
        <CitationText citation={factor.citation} />
      </Flex>
    </Card>
  );
}

export function ExamPlanResultView({ result, examType }: { result: ExamPlanResult; examType: ExamType | undefined }) {
  const { t } = useTranslation();
  const available = result.factors.filter((f) => f.ruleAvailable).length;
  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap align="center">
        <VerdictTag large tone={available === result.factors.length ? 'good' : 'warn'} data-testid="toolbox-verdict">
          {t('toolbox.examPlan.summaryTag', { available, total: result.factors.length })}
        </VerdictTag>
        {result.standard ? <Tag>{result.standard}</Tag> : null}
        {result.examDate ? <Typography.Text type="secondary">{t('toolbox.examPlan.examDateNote', { date: result.examDate })}</Typography.Text> : null}
      </Flex>
      {result.verified ? null : <UnverifiedNotice />}
      {result.factors.map((f, i) => (
        <ExamPlanFactorCard key={`${f.factor}:${i}`} factor={f} examType={examType} />
      ))}
      <Divider style={{ margin: 0 }} />
      <CitationText citation={result.citation} />
    </Flex>
  );
}

/** 体检项目与周期: hazard factors + exam type → GBZ 188 items, target diseases, contraindications, period. */
export function ExamPlanCalculator() {
  const { t } = useTranslation();
  const [form] = Form.useForm<ExamPlanFormValues>();
  const calc = useCalculation(useExamPlan(), form);
  const examType = Form.useWatch('examType', form);

  const handleValuesChange = (changed: Partial<ExamPlanFormValues>) => {
    calc.markStale();
    // The order of the two dates is checked on lastExamDate: recheck it when the exam date moves.
    if ('examDate' in changed && form.isFieldTouched('lastExamDate')) form.validateFields(['lastExamDate']).catch(() => undefined);
  };

  const formNode = (
    <Form<ExamPlanFormValues>
      form={form}
      layout="vertical"
      initialValues={{ hazardFactors: [], examType: 'periodic' }}
      onFinish={(values) => calc.run(toRequest(values))}
      onValuesChange={handleValuesChange}
      data-testid="toolbox-examPlan-form"
    >
      <Form.Item
        name="hazardFactors"
        label={t('toolbox.examPlan.hazardFactors')}
        extra={t('toolbox.examPlan.hazardFactorsHelp')}
        rules={[
          { required: true, type: 'array', min: 1, message: t('toolbox.examPlan.hazardFactorsRequired') },
          { type: 'array', max: MAX_FACTORS, message: t('toolbox.examPlan.hazardFactorsTooMany', { max: MAX_FACTORS }) },
        ]}
      >
        <Select
          mode="tags"
          tokenSeparators={[',', '，', '、', ';', '；']}
          placeholder={t('toolbox.examPlan.hazardFactorsPlaceholder')}
          options={COMMON_FACTORS.map((f) => ({ value: f, label: f }))}
          data-testid="toolbox-examPlan-factors"
        />
      </Form.Item>
      <Form.Item name="examType" label={t('toolbox.examPlan.examType')} rules={[{ required: true, message: t('toolbox.validation.required') }]}>
        <Select options={EXAM_TYPES.map((e) => ({ value: e, label: t(`toolbox.examPlan.examTypes.${e}`) }))} data-testid="toolbox-examPlan-type" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="examDate" label={t('toolbox.examPlan.examDate')} extra={t('toolbox.examPlan.examDateHelp')}>
            <DatePicker style={{ width: '100%' }} data-testid="toolbox-examPlan-date" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="lastExamDate"
            label={t('toolbox.examPlan.lastExamDate')}
            extra={t('toolbox.examPlan.lastExamDateHelp')}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_rule, value: Dayjs | null | undefined) => {
                  const examDate = getFieldValue('examDate') as Dayjs | null | undefined;
                  if (value && examDate && value.isAfter(examDate, 'day')) throw new Error(t('issues.exam_plan.last_exam_after_exam_date'));
                },
              }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} data-testid="toolbox-examPlan-last-date" />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
        {t('toolbox.examPlan.exposureSection')}
      </Typography.Text>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="noiseLevel" label={t('toolbox.examPlan.noiseLevel')} rules={numberRules({ min: 0, max: MAX_DB, unit: 'dB(A)', required: false })}>
            <InputNumber suffix="dB(A)" style={{ width: '100%' }} data-testid="toolbox-examPlan-noise" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="dustGrade" label={t('toolbox.examPlan.dustGrade')}>
            <Select allowClear options={DUST_GRADES.map((g) => ({ value: g, label: t(`toolbox.examPlan.dustGrades.${g}`) }))} data-testid="toolbox-examPlan-dust" />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" loading={calc.isPending} data-testid="toolbox-examPlan-submit">
        {t('toolbox.examPlan.submit')}
      </Button>
    </Form>
  );

  return (
    <CalculatorLayout
      title={t('toolbox.tabs.examPlan')}
      intro={t('toolbox.examPlan.intro')}
      form={formNode}
      result={
        <ResultPanel testId="toolbox-examPlan-result" isPending={calc.isPending} isStale={calc.isStale} problem={calc.problem}>
          {calc.result ? <ExamPlanResultView result={calc.result} examType={calc.result.examType ?? examType} /> : null}
        </ResultPanel>
      }
    />
  );
}
