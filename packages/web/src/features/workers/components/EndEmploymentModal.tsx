import { App, DatePicker, Form, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, describeError } from '../../../shared/api/errors.ts';
import { formatDate } from '../../../shared/format/index.ts';
import { isoDateField, todayIso } from '../../../shared/forms/date-field.ts';
import { type WorkerListItem, useEndEmployment } from '../api.ts';

export interface EndEmploymentModalProps {
  employerId: string;
  /** The employment to end; null when closed. */
  worker: WorkerListItem | null;
  onClose: () => void;
}

/** 离岗: ends one employment episode on a date not before its start. */
export function EndEmploymentModal({ employerId, worker, onClose }: EndEmploymentModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ endDate: string | null }>();
  const end = useEndEmployment(employerId);

  const handleFinish = ({ endDate }: { endDate: string | null }) => {
    if (!worker || !endDate) return;
    end.mutate(
      { employmentId: worker.employmentId, endDate },
      {
        onSuccess: () => {
          void message.success(t('workers.end.done'));
          onClose();
        },
        onError: (error) => {
          if (!applyServerErrors(form, error)) void message.error(describeError(error));
        },
      },
    );
  };

  return (
    <Modal
      open={worker !== null}
      title={t('workers.end.title')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      confirmLoading={end.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid="end-employment-form"
    >
      {worker ? (
        <Typography.Paragraph>{t('workers.end.description', { name: worker.name, post: worker.postName ?? t('common.empty'), start: formatDate(worker.startDate) })}</Typography.Paragraph>
      ) : null}
      <Form form={form} layout="vertical" initialValues={{ endDate: todayIso() }} onFinish={handleFinish} clearOnDestroy>
        <Form.Item name="endDate" label={t('workers.fields.endDate')} rules={[{ required: true, message: t('workers.end.dateRequired') }]} {...isoDateField}>
          <DatePicker style={{ width: '100%' }} data-testid="end-employment-date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
