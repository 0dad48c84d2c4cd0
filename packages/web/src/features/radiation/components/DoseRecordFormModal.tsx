import { RADIATION_OCCUPATION_CATEGORIES, doseRecordIssues, validateIdNumber } from '@ohnet/domain';
import { Alert, App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, describeError, issueText } from '../../../shared/api/errors.ts';
import { isoDateField } from '../../../shared/forms/date-field.ts';
import { blankToNull, domainRule } from '../../../shared/forms/domain-rule.ts';
import { type DoseRecordCreateInput, useFileDoseRecord } from '../api.ts';

interface DoseFormValues {
  employerUscc?: string;
  idNumber?: string;
  name?: string;
  periodStart?: string | null;
  periodEnd?: string | null;
  hp10Msv?: number | null;
  hp3Msv?: number | null;
  hp007Msv?: number | null;
  occupationCategory?: string;
  reportNumber?: string;
}

const CODE_FIELDS = {
  'dose.record_conflict': 'hp10Msv',
  'dose.employer_unknown': 'employerUscc',
};

export interface DoseRecordFormModalProps {
  open: boolean;
  onClose: () => void;
}

/**
 * 报送个人剂量 (one record): the same domain rules as the server check the period and values as
 * the person types (GBZ 128-2019: at most 3 months, values ≥ 0); the server adds the worker, the
 * employment and overlap checks and answers field by field.
 */
export function DoseRecordFormModal({ open, onClose }: DoseRecordFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DoseFormValues>();
  const file = useFileDoseRecord();
  const [result, setResult] = useState<{ over: boolean; warnings: string[] } | null>(null);

  const periodRule = {
    validator: async () => {
      const v = form.getFieldsValue();
      if (!v.periodStart || !v.periodEnd) return;
      const issues = doseRecordIssues({ periodStart: v.periodStart, periodEnd: v.periodEnd, hp10Msv: v.hp10Msv ?? 0 }).errors.filter((i) => i.path.startsWith('period'));
      if (issues.length) throw new Error(issues.map(issueText).join('；'));
    },
  };

  const handleFinish = (v: DoseFormValues) => {
    const input: DoseRecordCreateInput = {
      employerUscc: (v.employerUscc ?? '').trim().toUpperCase(),
      idNumber: (v.idNumber ?? '').trim().toUpperCase(),
      name: (v.name ?? '').trim(),
      periodStart: v.periodStart ?? '',
      periodEnd: v.periodEnd ?? '',
      hp10Msv: v.hp10Msv ?? Number.NaN,
      hp3Msv: v.hp3Msv ?? null,
      hp007Msv: v.hp007Msv ?? null,
      occupationCategory: v.occupationCategory ?? null,
      reportNumber: blankToNull(v.reportNumber),
    };
    file.mutate(input, {
      onSuccess: (r) => {
        void message.success(r.created ? t('radiation.form.done') : t('radiation.form.alreadyPresent'));
        setResult({ over: r.overInvestigationLevel, warnings: r.warnings.map((w) => w.message) });
        form.resetFields(['periodStart', 'periodEnd', 'hp10Msv', 'hp3Msv', 'hp007Msv', 'reportNumber']);
      },
      onError: (error) => {
        if (!applyServerErrors(form, error, CODE_FIELDS)) void message.error(describeError(error));
      },
    });
  };

  return (
    <Modal
      open={open}
      title={t('radiation.form.title')}
      width={760}
      okText={t('common.save')}
      cancelText={t('common.close')}
      confirmLoading={file.isPending}
      onOk={() => form.submit()}
      onCancel={() => {
        setResult(null);
        onClose();
      }}
      destroyOnHidden
      mask={{ closable: false }}
      data-testid="dose-form"
    >
      {result ? (
        <Alert
          style={{ marginTop: 12 }}
          type={result.over ? 'warning' : 'success'}
          showIcon
          title={result.over ? t('radiation.form.overLevel') : t('radiation.form.saved')}
          description={result.warnings.join('；') || undefined}
          data-testid="dose-form-result"
        />
      ) : null}
      <Form<DoseFormValues> form={form} layout="vertical" onFinish={handleFinish} clearOnDestroy style={{ marginTop: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="employerUscc" label={t('radiation.fields.employerUscc')} normalize={(v: string | undefined) => v?.toUpperCase()} rules={[{ required: true, len: 18, message: t('radiation.form.usccRequired') }]}>
              <Input maxLength={18} style={{ fontFamily: 'monospace' }} data-testid="dose-employerUscc" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="occupationCategory" label={t('radiation.fields.category')} extra={t('radiation.form.categoryHelp')}>
              <Select allowClear showSearch optionFilterProp="label" options={RADIATION_OCCUPATION_CATEGORIES.map((c) => ({ value: c.code, label: `${c.code} ${c.name}` }))} data-testid="dose-category" />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="idNumber" label={t('radiation.fields.idNumber')} normalize={(v: string | undefined) => v?.toUpperCase()} rules={[{ required: true, whitespace: true, message: t('radiation.form.idRequired') }, domainRule(validateIdNumber)]}>
              <Input maxLength={18} style={{ fontFamily: 'monospace' }} autoComplete="off" data-testid="dose-idNumber" />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="name" label={t('radiation.fields.worker')} rules={[{ required: true, whitespace: true, message: t('radiation.form.nameRequired') }]}>
              <Input maxLength={40} data-testid="dose-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="periodStart" label={t('radiation.fields.periodStart')} rules={[{ required: true, message: t('radiation.form.periodRequired') }]} {...isoDateField}>
              <DatePicker style={{ width: '100%' }} data-testid="dose-periodStart" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="periodEnd" label={t('radiation.fields.periodEnd')} dependencies={['periodStart']} rules={[{ required: true, message: t('radiation.form.periodRequired') }, periodRule]} {...isoDateField}>
              <DatePicker style={{ width: '100%' }} data-testid="dose-periodEnd" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="hp10Msv" label="Hp(10) mSv" rules={[{ required: true, message: t('radiation.form.hp10Required') }]}>
              <InputNumber min={0} step={0.01} style={{ width: '100%' }} data-testid="dose-hp10" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="hp3Msv" label="Hp(3) mSv">
              <InputNumber min={0} step={0.01} style={{ width: '100%' }} data-testid="dose-hp3" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="hp007Msv" label="Hp(0.07) mSv">
              <InputNumber min={0} step={0.01} style={{ width: '100%' }} data-testid="dose-hp007" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="reportNumber" label={t('radiation.fields.reportNumber')}>
              <Input maxLength={64} data-testid="dose-reportNumber" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
