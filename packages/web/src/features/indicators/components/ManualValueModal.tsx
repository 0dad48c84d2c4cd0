import { indicatorValueIssues, todayCst } from '@ohnet/domain';
import { App, DatePicker, Form, Input, InputNumber, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { codeIssueText, describeError } from '../../../shared/api/errors.ts';
import { type PlanEntryView, useEnterManualValue } from '../api.ts';
import { type IndicatorUnit, fromInputValue, unitSuffix } from '../format.ts';

export interface ManualValueModalProps {
  entry: PlanEntryView;
  onClose: () => void;
}

interface FormValues {
  year: number;
  value: number | null;
  sourceNote: string;
  asOf: Dayjs;
}

const FIELD_OF_PATH: Record<string, keyof FormValues> = { value: 'value', sourceNote: 'sourceNote', asOf: 'asOf' };

/** Enters a value by hand, with its source and date, for an indicator no module computes yet. */
export function ManualValueModal({ entry, onClose }: ManualValueModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const enter = useEnterManualValue();
  const unit = (entry.definition?.unit ?? null) as IndicatorUnit | null;
  const today = todayCst();

  const handleOk = async () => {
    const v = await form.validateFields();
    const body = { indicatorId: entry.indicatorId, regionCode: entry.regionCode, year: v.year, value: fromInputValue(v.value ?? Number.NaN, unit), sourceNote: v.sourceNote.trim(), asOf: v.asOf.format('YYYY-MM-DD') };
    const issues = indicatorValueIssues({ ...body, source: 'manual' });
    if (issues.length > 0) {
      form.setFields(issues.filter((i) => FIELD_OF_PATH[i.path]).map((i) => ({ name: FIELD_OF_PATH[i.path]!, errors: [codeIssueText(i)] })));
      const loose = issues.filter((i) => !FIELD_OF_PATH[i.path]);
      if (loose.length > 0) void message.error(loose.map(codeIssueText).join('；'));
      return;
    }
    try {
      await enter.mutateAsync(body);
      void message.success(t('indicators.plan.valueSaved'));
      onClose();
    } catch (e) {
      void message.error(describeError(e));
    }
  };

  return (
    <Modal open title={t('indicators.plan.enterTitle', { indicator: entry.nameAsWritten })} onCancel={onClose} onOk={() => void handleOk()} confirmLoading={enter.isPending} okText={t('common.save')} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ year: Number(today.slice(0, 4)), asOf: dayjs(today), sourceNote: '' }} data-testid="manual-value-form">
        <Form.Item name="year" label={t('indicators.plan.fields.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="value" label={t('indicators.plan.fields.value')} rules={[{ required: true, message: t('indicators.plan.valueRequired') }]}>
          <InputNumber style={{ width: 200 }} addonAfter={unitSuffix(unit) || undefined} data-testid="manual-value" />
        </Form.Item>
        <Form.Item name="sourceNote" label={t('indicators.plan.fields.sourceNote')} rules={[{ required: true, whitespace: true, message: t('indicators.plan.sourceRequired') }]} extra={t('indicators.plan.sourceHint')}>
          <Input.TextArea rows={2} maxLength={500} data-testid="manual-source" />
        </Form.Item>
        <Form.Item name="asOf" label={t('indicators.plan.fields.asOf')} rules={[{ required: true }]}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(today))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
