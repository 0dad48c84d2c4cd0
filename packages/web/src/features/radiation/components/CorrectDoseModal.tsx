import { Alert, App, Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, describeError } from '../../../shared/api/errors.ts';
import { type DoseRecord, useCorrectDoseRecord } from '../api.ts';

interface CorrectionValues {
  hp10Msv?: number | null;
  hp3Msv?: number | null;
  hp007Msv?: number | null;
  reason?: string;
}

export interface CorrectDoseModalProps {
  record: DoseRecord | null;
  onClose: () => void;
}

/** 更正: the filing institution replaces a result by a corrected version; the original is kept and the change audited. */
export function CorrectDoseModal({ record, onClose }: CorrectDoseModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CorrectionValues>();
  const correct = useCorrectDoseRecord();
  const handleFinish = (v: CorrectionValues) => {
    if (!record) return;
    correct.mutate(
      { id: record.id, body: { hp10Msv: v.hp10Msv ?? Number.NaN, hp3Msv: v.hp3Msv ?? null, hp007Msv: v.hp007Msv ?? null, reason: (v.reason ?? '').trim() } },
      {
        onSuccess: () => {
          void message.success(t('radiation.correct.done'));
          onClose();
        },
        onError: (error) => {
          if (!applyServerErrors(form, error, { 'dose.correction_unchanged': 'hp10Msv', 'dose.already_corrected': 'hp10Msv' })) void message.error(describeError(error));
        },
      },
    );
  };
  return (
    <Modal
      open={record !== null}
      title={t('radiation.correct.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={correct.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid="dose-correct-form"
    >
      {record ? (
        <>
          <Alert
            style={{ margin: '12px 0' }}
            type="info"
            showIcon
            title={`${record.workerName} · ${record.periodStart} ～ ${record.periodEnd}`}
            description={t('radiation.correct.intro')}
          />
          <Form<CorrectionValues> form={form} layout="vertical" initialValues={{ hp10Msv: record.hp10Msv, hp3Msv: record.hp3Msv, hp007Msv: record.hp007Msv }} onFinish={handleFinish} clearOnDestroy>
            <Form.Item name="hp10Msv" label="Hp(10) mSv" rules={[{ required: true, message: t('radiation.form.hp10Required') }]}>
              <InputNumber min={0} step={0.01} style={{ width: '100%' }} data-testid="correct-hp10" />
            </Form.Item>
            <Form.Item name="hp3Msv" label="Hp(3) mSv">
              <InputNumber min={0} step={0.01} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="hp007Msv" label="Hp(0.07) mSv">
              <InputNumber min={0} step={0.01} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="reason" label={t('radiation.correct.reason')} rules={[{ required: true, whitespace: true, min: 2, message: t('radiation.correct.reasonRequired') }]}>
              <Input.TextArea rows={3} maxLength={500} data-testid="correct-reason" />
            </Form.Item>
          </Form>
        </>
      ) : null}
    </Modal>
  );
}
