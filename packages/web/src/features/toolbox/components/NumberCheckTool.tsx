import { validateIdNumber, validateUscc } from '@ohnet/domain';
import { Button, Descriptions, Divider, Flex, Form, Input, Radio } from 'antd';
import type { DescriptionsProps, FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { issueText } from '../../../shared/api/errors.ts';
import { type NumberCheck, type NumberKind, useNumberCheck } from '../api.ts';
import { useCalculation } from '../use-calculation.ts';
import { CalculatorLayout } from './CalculatorLayout.tsx';
import { ResultPanel } from './ResultPanel.tsx';
import { CitationText, VerdictTag } from './ResultParts.tsx';

interface NumberFormValues {
  kind: NumberKind;
  value: string;
}

const VALIDATORS = { idNumber: validateIdNumber, uscc: validateUscc } as const;

export function NumberCheckResultView({ check }: { check: NumberCheck }) {
  const { t } = useTranslation();
  const { result } = check;
  let details: DescriptionsProps['items'] = [];
  if (result.valid && check.kind === 'idNumber') {
    const r = check.result;
    details = [
      { key: 'birthDate', label: t('toolbox.numbers.birthDate'), children: r.birthDate },
      { key: 'sex', label: t('toolbox.numbers.sex'), children: r.sex ? t(`toolbox.hearing.${r.sex}`) : '—' },
      { key: 'addressCode', label: t('toolbox.numbers.addressCode'), children: r.addressCode },
    ];
  } else if (result.valid && check.kind === 'uscc') {
    const r = check.result;
    details = [
      { key: 'authority', label: t('toolbox.numbers.authority'), children: r.authorityName ? `${r.authorityCode ?? ''} ${r.authorityName}` : r.authorityCode },
      { key: 'category', label: t('toolbox.numbers.category'), children: r.categoryCode },
      { key: 'region', label: t('toolbox.numbers.region'), children: r.regionCode },
      { key: 'organisationCode', label: t('toolbox.numbers.organisationCode'), children: r.organisationCode },
    ];
  }
  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap>
        <VerdictTag large tone={result.valid ? 'good' : 'bad'} data-testid="toolbox-verdict">
          {result.valid ? t('toolbox.numbers.valid') : t('toolbox.numbers.invalid')}
        </VerdictTag>
      </Flex>
      {result.valid ? (
        <Descriptions size="small" bordered column={1} items={details} styles={{ label: { width: 200 } }} />
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="toolbox-numbers-errors">
          {result.errors.map((e) => (
            <li key={e.code}>{issueText(e)}</li>
          ))}
        </ul>
      )}
      <Divider style={{ margin: 0 }} />
      <CitationText citation={result.citation} />
    </Flex>
  );
}

/** 号码校验: resident ID number (GB 11643) and unified social credit code (GB 32100). */
export function NumberCheckTool() {
  const { t } = useTranslation();
  const [form] = Form.useForm<NumberFormValues>();
  const calc = useCalculation(useNumberCheck(), form);
  const kind = Form.useWatch('kind', form) ?? 'idNumber';

  // Shown while typing, as a warning: the check still runs so the server's full answer appears.
  const liveRule: FormRule = {
    warningOnly: true,
    validator: async (_rule, value: string | undefined) => {
      if (!value?.trim()) return;
      const r = VALIDATORS[kind](value);
      if (!r.ok) throw new Error(r.issues.map(issueText).join('；'));
    },
  };

  const handleValuesChange = (changed: Partial<NumberFormValues>) => {
    calc.markStale();
    if (changed.kind && form.getFieldValue('value')) form.validateFields(['value']).catch(() => undefined);
  };

  const formNode = (
    <Form<NumberFormValues>
      form={form}
      layout="vertical"
      initialValues={{ kind: 'idNumber' }}
      onFinish={(values) => calc.run({ kind: values.kind, value: values.value.trim() })}
      onValuesChange={handleValuesChange}
      data-testid="toolbox-numbers-form"
    >
      <Form.Item name="kind" label={t('toolbox.numbers.kind')}>
        <Radio.Group optionType="button" data-testid="toolbox-numbers-kind">
          <Radio.Button value="idNumber">{t('toolbox.numbers.kinds.idNumber')}</Radio.Button>
          <Radio.Button value="uscc">{t('toolbox.numbers.kinds.uscc')}</Radio.Button>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="value"
        label={t('toolbox.numbers.value')}
        normalize={(v: string | undefined) => v?.toUpperCase()}
        rules={[{ required: true, whitespace: true, message: t('toolbox.numbers.valueRequired') }, liveRule]}
      >
        <Input
          maxLength={64}
          allowClear
          placeholder={kind === 'idNumber' ? t('toolbox.numbers.idPlaceholder') : t('toolbox.numbers.usccPlaceholder')}
          style={{ fontFamily: 'monospace' }}
          data-testid="toolbox-numbers-value"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={calc.isPending} data-testid="toolbox-numbers-submit">
        {t('toolbox.numbers.submit')}
      </Button>
    </Form>
  );

  return (
    <CalculatorLayout
      title={t('toolbox.tabs.numbers')}
      intro={t('toolbox.numbers.intro')}
      form={formNode}
      result={
        <ResultPanel testId="toolbox-numbers-result" isPending={calc.isPending} isStale={calc.isStale} problem={calc.problem}>
          {calc.result ? <NumberCheckResultView check={calc.result} /> : null}
        </ResultPanel>
      }
    />
  );
}
