import { App, Button, Card, Checkbox, Descriptions, Form, Input, Switch, Table, Tag } from 'antd';
import { HAZARD_FACTOR_CATEGORIES } from '@ohnet/domain';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, describeError } from '../../../shared/api/errors.ts';
import { type ExamInstitution, useExamInstitutions, useSaveFiling } from '../api.ts';

/** Exam institutions in scope with their filing (备案); the institution or its regulator records it. */
export function ExamInstitutionList({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const list = useExamInstitutions(true);
  return (
    <Table
      rowKey="id"
      dataSource={list.data ?? []}
      loading={list.isFetching}
      pagination={false}
      data-testid="exam-institution-table"
      expandable={canWrite ? { expandedRowRender: (i) => <FilingForm institution={i} /> } : undefined}
      columns={[
        { key: 'n', title: t('exams.institutions.name'), render: (_, i) => i.name },
        { key: 'r', title: t('exams.institutions.region'), render: (_, i) => i.regionCode },
        { key: 'f', title: t('exams.institutions.filingNumber'), render: (_, i) => i.filing?.filingNumber ?? <Tag color="red">{t('exams.institutions.notFiled')}</Tag> },
        { key: 'c', title: t('exams.institutions.categories'), render: (_, i) => i.filing?.hazardCategories.map((c) => t(`exams.categories.${c}`, { defaultValue: c })).join('、') ?? t('common.empty') },
        { key: 'p', title: t('exams.institutions.isPublic'), render: (_, i) => (i.filing ? (i.filing.isPublic ? t('common.have') : t('common.haveNot')) : t('common.empty')) },
      ]}
    />
  );
}

function FilingForm({ institution }: { institution: ExamInstitution }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const save = useSaveFiling();
  const handleFinish = async (v: { filingNumber: string; hazardCategories: string[]; isPublic: boolean; filedOn: string }) => {
    try {
      await save.mutateAsync({ id: institution.id, body: v as never });
      void message.success(t('exams.institutions.saved'));
    } catch (e) {
      if (!applyServerErrors(form, e)) void message.error(describeError(e));
    }
  };
  return (
    <Card size="small">
      <Form form={form} layout="inline" initialValues={institution.filing ?? { isPublic: true, hazardCategories: [] }} onFinish={(v) => void handleFinish(v)} data-testid="filing-form">
        <Form.Item name="filingNumber" label={t('exams.institutions.filingNumber')} rules={[{ required: true }]}><Input /></Form.Item>
        <Form.Item name="filedOn" label={t('exams.institutions.filedOn')} rules={[{ required: true }]}><Input placeholder="YYYY-MM-DD" /></Form.Item>
        <Form.Item name="isPublic" label={t('exams.institutions.isPublic')} valuePropName="checked"><Switch /></Form.Item>
        <Form.Item name="hazardCategories" label={t('exams.institutions.categories')} rules={[{ required: true }]}>
          <Checkbox.Group options={HAZARD_FACTOR_CATEGORIES.map((c) => ({ value: c.id, label: t(`exams.categories.${c.id}`) }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>{t('common.save')}</Button>
      </Form>
      {institution.filing ? <Descriptions size="small" style={{ marginTop: 8 }} items={[{ key: 'd', label: t('exams.institutions.filedOn'), children: institution.filing.filedOn }]} /> : null}
    </Card>
  );
}
