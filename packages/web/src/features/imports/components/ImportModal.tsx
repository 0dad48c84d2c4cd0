import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Modal, Radio, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, describeError } from '../../../shared/api/errors.ts';
import { JobProgress, isJobFinished, useJob } from '../../jobs/index.ts';
import { IMPORT_MODES, type ImportEndpoints, type ImportMode, asImportResult } from '../import-result.ts';
import { ImportResultSummary } from './ImportResultSummary.tsx';

interface ImportFormValues {
  mode: ImportMode;
  file: UploadFile[];
}

export interface ImportModalProps {
  open: boolean;
  title: ReactNode;
  /** What the template holds and how to fill it in. */
  intro: ReactNode;
  endpoints: ImportEndpoints;
  onClose: () => void;
  /** The job may have written rows: refresh what shows them (called on close and before another upload). */
  onFinished: () => void;
  /** Shown under the upload form, e.g. the import history where the page has no room for it. */
  history?: ReactNode;
  /** File types the picker offers (default: .xlsx); a feature with another upload format (JSON) widens it. */
  accept?: string;
  /** The drop zone's text and hint (default: the Excel ones). */
  dropText?: { text: ReactNode; hint: ReactNode };
  /** Feature-specific figures of a finished job, shown above the common summary (e.g. exams: incomplete, suspected). */
  resultExtra?: (result: unknown) => ReactNode;
}

const XLSX_TYPE = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface ImportJobStatusProps {
  jobId: string;
  mode: ImportMode;
  resultExtra?: (result: unknown) => ReactNode;
}

/** The job of one upload: its progress, then its summary (or why it failed). */
function ImportJobStatus({ jobId, mode, resultExtra }: ImportJobStatusProps) {
  const { t } = useTranslation();
  const { data: job, error } = useJob(jobId);
  if (error) return <Alert type="error" showIcon title={describeError(error)} />;
  if (!job || !isJobFinished(job)) return <JobProgress job={job} />;
  if (job.status === 'failed') return <Alert type="error" showIcon title={t('imports.failed')} description={job.error?.message} data-testid="import-failed" />;
  const result = asImportResult(job.result);
  if (!result) return <Alert type="warning" showIcon title={t('imports.noSummary')} />;
  return (
    <>
      {resultExtra?.(job.result)}
      <ImportResultSummary result={result} mode={mode} />
    </>
  );
}

/**
 * Bulk import from the platform's Excel template: download the template, choose 全部成功才导入 or
 * 仅导入无误的行, upload the .xlsx; the server validates every row in a background job whose
 * progress and result show here. Used for employers, posts, workers, exams (which also take a JSON
 * file: `accept`, `dropText`) and dose records.
 */
export function ImportModal({ open, title, intro, endpoints, onClose, onFinished, history, accept = XLSX_TYPE, dropText, resultExtra }: ImportModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ImportFormValues>();
  const [job, setJob] = useState<{ id: string; mode: ImportMode } | null>(null);
  const template = useMutation({ mutationFn: endpoints.downloadTemplate });
  const upload = useMutation({ mutationFn: ({ file, mode }: { file: File; mode: ImportMode }) => endpoints.upload(file, mode) });

  const handleTemplate = () => template.mutate(undefined, { onError: (error) => void message.error(describeError(error)) });

  const handleFinish = ({ mode, file }: ImportFormValues) => {
    const chosen = file[0]?.originFileObj;
    if (!chosen) return;
    upload.mutate(
      { file: chosen, mode },
      {
        onSuccess: ({ jobId }) => setJob({ id: jobId, mode }),
        onError: (error) => {
          if (!applyServerErrors(form, error)) void message.error(describeError(error));
        },
      },
    );
  };

  const handleClose = () => {
    if (job) onFinished();
    setJob(null);
    onClose();
  };

  const handleAnother = () => {
    onFinished();
    setJob(null);
    form.resetFields();
  };

  const footer = job ? (
    <Flex justify="end" gap={8}>
      <Button onClick={handleAnother} data-testid="import-another">
        {t('imports.another')}
      </Button>
      <Button type="primary" onClick={handleClose} data-testid="import-close">
        {t('common.close')}
      </Button>
    </Flex>
  ) : (
    <Flex justify="end" gap={8}>
      <Button onClick={handleClose}>{t('common.cancel')}</Button>
      <Button type="primary" loading={upload.isPending} onClick={() => form.submit()} data-testid="import-submit">
        {t('imports.start')}
      </Button>
    </Flex>
  );

  return (
    <Modal open={open} title={title} width={history ? 960 : 760} onCancel={handleClose} afterClose={() => setJob(null)} footer={footer} destroyOnHidden mask={{ closable: false }} data-testid="import-modal">
      {job ? (
        <ImportJobStatus jobId={job.id} mode={job.mode} resultExtra={resultExtra} />
      ) : (
        <>
          <Alert
            type="info"
            showIcon
            title={intro}
            action={
              <Button icon={<DownloadOutlined />} loading={template.isPending} onClick={handleTemplate} data-testid="import-template">
                {t('imports.template')}
              </Button>
            }
            style={{ marginBottom: 16 }}
          />
          <Form<ImportFormValues> form={form} layout="vertical" initialValues={{ mode: 'all_or_nothing', file: [] }} onFinish={handleFinish} clearOnDestroy>
            <Form.Item name="mode" label={t('imports.mode')}>
              <Radio.Group data-testid="import-mode">
                {IMPORT_MODES.map((m) => (
                  <Radio key={m} value={m} data-testid={`import-mode-${m}`}>
                    {t(`imports.modes.${m}`)}
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {t(`imports.modeHelp.${m}`)}
                    </Typography.Text>
                  </Radio>
                ))}
              </Radio.Group>
            </Form.Item>
            <Form.Item
              name="file"
              label={t('imports.file')}
              valuePropName="fileList"
              getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}
              rules={[{ validator: async (_r, files: UploadFile[] | undefined) => (files?.length ? undefined : Promise.reject(new Error(t('imports.fileRequired')))) }]}
            >
              <Upload.Dragger accept={accept} maxCount={1} beforeUpload={() => false} data-testid="import-file">
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">{dropText?.text ?? t('imports.drop')}</p>
                <p className="ant-upload-hint">{dropText?.hint ?? t('imports.dropHint')}</p>
              </Upload.Dragger>
            </Form.Item>
          </Form>
          {history}
        </>
      )}
    </Modal>
  );
}
