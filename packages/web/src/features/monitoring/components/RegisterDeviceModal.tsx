import { DUST_FRACTIONS, MONITORING_FACTOR_KINDS, MONITORING_UNITS, type MonitoringFactorKind, NOISE_FACTOR_NAME } from '@ohnet/domain';
import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, codeIssueText, describeError } from '../../../shared/api/errors.ts';
import { blankToNull } from '../../../shared/forms/domain-rule.ts';
import { useRegisterDevice } from '../api.ts';

interface FormValues {
  postId?: string;
  code?: string;
  factorKind?: MonitoringFactorKind;
  factorName?: string;
  dustFraction?: (typeof DUST_FRACTIONS)[number];
  location?: string;
}

export interface RegisterDeviceModalProps {
  employerId: string;
  posts: { id: string; name: string }[];
  open: boolean;
  onClose: () => void;
  /** Called with the new device's code and its key (shown once). */
  onRegistered: (code: string, secret: string) => void;
}

/** Registers a sensor on a post; the unit follows the kind (mg/m³ or dB(A)), the server checks the factor has a limit. */
export function RegisterDeviceModal({ employerId, posts, open, onClose, onRegistered }: RegisterDeviceModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const register = useRegisterDevice(employerId);
  const kind = Form.useWatch('factorKind', form);

  const handleKind = (k: MonitoringFactorKind) => {
    form.setFieldsValue({ factorName: k === 'noise' ? NOISE_FACTOR_NAME : '', dustFraction: k === 'dust' ? 'total' : undefined });
  };

  const handleFinish = (v: FormValues) => {
    const factorKind = v.factorKind ?? 'dust';
    register.mutate(
      {
        postId: v.postId ?? '',
        code: v.code?.trim() ?? '',
        factorKind,
        factorName: v.factorName?.trim() ?? '',
        unit: MONITORING_UNITS[factorKind],
        dustFraction: factorKind === 'dust' ? (v.dustFraction ?? 'total') : null,
        location: blankToNull(v.location),
      },
      {
        onSuccess: (r) => {
          form.resetFields();
          onRegistered(r.device.code, r.secret);
        },
        onError: (error) => {
          if (!applyServerErrors(form, error, {}, codeIssueText)) void message.error(describeError(error));
        },
      },
    );
  };

  return (
    <Modal open={open} title={t('monitoring.register.title')} okText={t('monitoring.register.submit')} onOk={() => form.submit()} onCancel={onClose} confirmLoading={register.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={handleFinish} initialValues={{ factorKind: 'dust', dustFraction: 'total' }} data-testid="monitoring-register-form">
        <Form.Item name="postId" label={t('monitoring.register.post')} rules={[{ required: true, message: t('monitoring.register.postRequired') }]}>
          <Select options={posts.map((p) => ({ value: p.id, label: p.name }))} data-testid="monitoring-register-post" />
        </Form.Item>
        <Form.Item name="code" label={t('monitoring.register.code')} extra={t('monitoring.register.codeHint')} rules={[{ required: true, message: t('monitoring.register.codeRequired') }]}>
          <Input maxLength={64} data-testid="monitoring-register-code" />
        </Form.Item>
        <Form.Item name="factorKind" label={t('monitoring.register.kind')}>
          <Select onChange={handleKind} options={MONITORING_FACTOR_KINDS.map((k) => ({ value: k, label: `${t(`monitoring.kinds.${k}`)} (${MONITORING_UNITS[k]})` }))} data-testid="monitoring-register-kind" />
        </Form.Item>
        <Form.Item name="factorName" label={t('monitoring.register.factor')} extra={t('monitoring.register.factorHint')} rules={[{ required: true, message: t('monitoring.register.factorRequired') }]}>
          <Input disabled={kind === 'noise'} data-testid="monitoring-register-factor" />
        </Form.Item>
        {kind === 'dust' ? (
          <Form.Item name="dustFraction" label={t('monitoring.register.fraction')}>
            <Select options={DUST_FRACTIONS.map((f) => ({ value: f, label: t(`monitoring.fractions.${f}`) }))} />
          </Form.Item>
        ) : null}
        <Form.Item name="location" label={t('monitoring.register.location')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
