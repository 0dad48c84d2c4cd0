import { App, Alert, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { codeIssueText, describeError } from '../../../shared/api/errors.ts';
import { type PlanDetail, type PlanEntryView, useUpdatePlanEntry } from '../api.ts';
import { type IndicatorUnit, unitSuffix } from '../format.ts';
import { type PlanEntryFormValues, entryFormValues, entryFromForm, entryIssues } from '../plan-entry-form.ts';

export interface EditEntryModalProps {
  plan: PlanDetail['plan'];
  entry: PlanEntryView;
  onClose: () => void;
}

const OPERATORS = ['>=', '>', '=', '<=', '<'] as const;
const TRENDS = ['increase', 'maintain', 'decrease'] as const;

/** Edits an entry's baseline, target and note; the domain validator runs before the request, the server runs it again. */
export function EditEntryModal({ plan, entry, onClose }: EditEntryModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanEntryFormValues>();
  const update = useUpdatePlanEntry(plan.id);
  const unit = (entry.definition?.unit ?? null) as IndicatorUnit | null;
  const kind = Form.useWatch('targetKind', form) ?? entry.target.kind;
  const suffix = unitSuffix(unit);

  const handleOk = async () => {
    const values = await form.validateFields();
    const built = entryFromForm(entry, values, unit);
    const issues = entryIssues(plan, built.entry);
    if (issues.length > 0) {
      form.setFields(issues.filter((i) => i.field).map((i) => ({ name: i.field!, errors: [codeIssueText(i.issue)] })));
      const loose = issues.filter((i) => !i.field);
      if (loose.length > 0) void message.error(loose.map((i) => codeIssueText(i.issue)).join('；'));
      return;
    }
    try {
      await update.mutateAsync({ indicatorId: entry.indicatorId, body: { baseline: built.baseline, target: built.target, note: built.note, expectedVersion: plan.version } });
      void message.success(t('indicators.plan.saved'));
      onClose();
    } catch (e) {
      void message.error(describeError(e));
    }
  };

  return (
    <Modal open title={t('indicators.plan.editTitle', { indicator: entry.nameAsWritten })} onCancel={onClose} onOk={() => void handleOk()} confirmLoading={update.isPending} okText={t('common.save')} width={640} destroyOnHidden>
      {unit === 'ratio' ? <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('indicators.plan.ratioHint')} /> : null}
      <Form form={form} layout="vertical" initialValues={entryFormValues(entry, unit)} data-testid="edit-entry-form">
        <Form.Item label={t('indicators.plan.fields.baselineValue')} style={{ marginBottom: 0 }}>
          <Form.Item name="baselineValue" style={{ display: 'inline-block', width: 'calc(33% - 8px)', marginRight: 8 }}>
            <InputNumber style={{ width: '100%' }} addonAfter={suffix || undefined} placeholder={t('indicators.plan.fields.baselineValue')} />
          </Form.Item>
          <Form.Item name="baselineYear" style={{ display: 'inline-block', width: 'calc(25% - 8px)', marginRight: 8 }}>
            <InputNumber style={{ width: '100%' }} placeholder={t('indicators.plan.fields.baselineYear')} min={2000} max={2100} />
          </Form.Item>
          <Form.Item name="baselineAsWritten" style={{ display: 'inline-block', width: '42%' }}>
            <Input placeholder={t('indicators.plan.fields.asWritten')} />
          </Form.Item>
        </Form.Item>
        <Form.Item name="targetKind" label={t('indicators.plan.fields.targetKind')} rules={[{ required: true }]}>
          <Select options={(['value', 'trend', 'text'] as const).map((k) => ({ value: k, label: t(`indicators.plan.targetKinds.${k}`) }))} />
        </Form.Item>
        {kind === 'value' ? (
          <Form.Item label={t('indicators.plan.fields.target')} style={{ marginBottom: 0 }}>
            <Form.Item name="operator" style={{ display: 'inline-block', width: 100, marginRight: 8 }}>
              <Select options={OPERATORS.map((o) => ({ value: o, label: o }))} data-testid="target-operator" />
            </Form.Item>
            <Form.Item name="targetValue" style={{ display: 'inline-block', width: 'calc(40% - 8px)' }}>
              <InputNumber style={{ width: '100%' }} addonAfter={suffix || undefined} data-testid="target-value" />
            </Form.Item>
          </Form.Item>
        ) : null}
        {kind === 'trend' ? (
          <Form.Item name="trend" label={t('indicators.plan.fields.trend')}>
            <Select options={TRENDS.map((o) => ({ value: o, label: t(`indicators.plan.trends.${o}`) }))} />
          </Form.Item>
        ) : null}
        {kind === 'text' ? (
          <Form.Item name="targetText" label={t('indicators.plan.fields.targetText')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        ) : (
          <Form.Item name="targetAsWritten" label={t('indicators.plan.fields.targetAsWritten')}>
            <Input data-testid="target-as-written" />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('indicators.plan.fields.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
