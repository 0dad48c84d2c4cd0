import { PlusOutlined } from '@ant-design/icons';
import { HAZARD_FACTOR_CATEGORIES, TECH_SERVICE_CLASSES, TECH_SERVICE_KINDS } from '@ohnet/domain';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Checkbox, Form, Input, Modal, Select, Space, Switch, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, describeError } from '../../../shared/api/errors.ts';
import { regionChildrenQuery } from '../../regions/index.ts';
import { type Qualification, type QualificationInput, useQualifications, useSaveQualification } from '../api.ts';

interface QualificationFormValues extends QualificationInput {
  organisationId?: string;
}

export interface QualificationsPanelProps {
  canWrite: boolean;
  /** Institutions the regulator may register a qualification for (id, name). */
  institutions: { id: string; name: string }[];
}

/** 技术服务机构资质: institutions see their own; regulators register and maintain those in their region. */
export function QualificationsPanel({ canWrite, institutions }: QualificationsPanelProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const list = useQualifications();
  const save = useSaveQualification();
  const [form] = Form.useForm<QualificationFormValues>();
  const [editing, setEditing] = useState<Qualification | 'new' | null>(null);
  // Provinces by their two-digit prefix (the qualification stores the issuing province as `44`).
  const provinces = useQuery(regionChildrenQuery(null));
  const provinceOptions = (provinces.data ?? []).map((p) => ({ value: p.code.slice(0, 2), label: p.name }));
  const provinceName = (code: string) => provinceOptions.find((o) => o.value === code)?.label ?? code;

  const open = (q: Qualification | 'new') => {
    setEditing(q);
    form.resetFields();
    if (q !== 'new') form.setFieldsValue({ ...q, categories: q.categories as QualificationInput['categories'], serviceKinds: q.serviceKinds as QualificationInput['serviceKinds'] });
    else form.setFieldsValue({ qualificationClass: 'B', issuingProvinceCode: '44', categories: ['dust', 'chemical', 'physical'], serviceKinds: ['periodic_test'], isRevoked: false });
  };
  const handleSave = (values: QualificationFormValues) => {
    const { organisationId, ...body } = values;
    save.mutate(
      { id: editing !== 'new' && editing ? editing.id : undefined, organisationId, body },
      {
        onSuccess: () => {
          setEditing(null);
          void message.success(t('assessments.qualifications.saved'));
        },
        onError: (e) => {
          if (!applyServerErrors(form, e)) void message.error(describeError(e));
        },
      },
    );
  };

  const columns: TableColumnsType<Qualification> = [
    { key: 'org', title: t('assessments.qualifications.organisation'), width: 200, render: (_, q) => q.organisationName },
    { key: 'class', title: t('assessments.qualifications.class'), width: 90, render: (_, q) => t(`assessments.qualifications.classes.${q.qualificationClass}`) },
    { key: 'number', title: t('assessments.qualifications.number'), width: 190, render: (_, q) => q.qualificationNumber },
    { key: 'province', title: t('assessments.qualifications.province'), width: 110, render: (_, q) => provinceName(q.issuingProvinceCode) },
    { key: 'validity', title: t('assessments.qualifications.validity'), width: 200, render: (_, q) => `${q.validFrom} ~ ${q.validTo}` },
    { key: 'categories', title: t('assessments.qualifications.categories'), render: (_, q) => q.categories.map((c) => <Tag key={c}>{t(`assessments.categories.${c as 'dust'}`)}</Tag>) },
    { key: 'kinds', title: t('assessments.qualifications.serviceKinds'), render: (_, q) => q.serviceKinds.map((k) => <Tag key={k}>{t(`assessments.serviceKinds.${k as 'periodic_test'}`)}</Tag>) },
    {
      key: 'state',
      title: t('common.status'),
      width: 150,
      render: (_, q) => (
        <Space size={4}>
          <Tag color={q.isValidToday ? 'green' : 'red'}>{q.isValidToday ? t('assessments.qualifications.valid') : t('assessments.qualifications.invalid')}</Tag>
          {q.verified ? null : <Tag color="orange">{t('assessments.detail.unverified')}</Tag>}
        </Space>
      ),
    },
    ...(canWrite ? ([{ key: 'actions', title: t('common.actions'), width: 90, render: (_, q) => <Button size="small" onClick={() => open(q)}>{t('common.edit')}</Button> }] satisfies TableColumnsType<Qualification>) : []),
  ];

  return (
    <div data-testid="qualifications-panel">
      {canWrite ? (
        <Button icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => open('new')} data-testid="qualification-add">
          {t('assessments.qualifications.add')}
        </Button>
      ) : null}
      <Table<Qualification> rowKey="id" size="middle" columns={columns} dataSource={list.data ?? []} loading={list.isFetching} pagination={false} locale={{ emptyText: t('assessments.qualifications.empty') }} scroll={{ x: 1200 }} />
      <Modal open={editing !== null} width={640} title={editing === 'new' ? t('assessments.qualifications.add') : t('assessments.qualifications.edit')} onCancel={() => setEditing(null)} onOk={() => form.submit()} confirmLoading={save.isPending}>
        <Form<QualificationFormValues> form={form} layout="vertical" onFinish={handleSave}>
          {editing === 'new' ? (
            <Form.Item name="organisationId" label={t('assessments.qualifications.organisation')} rules={[{ required: true }]}>
              <Select options={institutions.map((o) => ({ value: o.id, label: o.name }))} />
            </Form.Item>
          ) : null}
          <Space wrap>
            <Form.Item name="qualificationClass" label={t('assessments.qualifications.class')} rules={[{ required: true }]}>
              <Select style={{ width: 160 }} options={TECH_SERVICE_CLASSES.map((c) => ({ value: c, label: t(`assessments.qualifications.classes.${c}`) }))} />
            </Form.Item>
            <Form.Item name="qualificationNumber" label={t('assessments.qualifications.number')} rules={[{ required: true }]}>
              <Input style={{ width: 260 }} maxLength={64} />
            </Form.Item>
            <Form.Item name="issuingProvinceCode" label={t('assessments.qualifications.province')} rules={[{ required: true }]}>
              <Select style={{ width: 180 }} showSearch optionFilterProp="label" options={provinceOptions} loading={provinces.isPending} />
            </Form.Item>
            <Form.Item name="validFrom" label={t('assessments.qualifications.validFrom')} rules={[{ required: true }]}>
              <Input type="date" />
            </Form.Item>
            <Form.Item name="validTo" label={t('assessments.qualifications.validTo')} rules={[{ required: true }]}>
              <Input type="date" />
            </Form.Item>
          </Space>
          <Form.Item name="categories" label={t('assessments.qualifications.categories')}>
            <Checkbox.Group options={HAZARD_FACTOR_CATEGORIES.map((c) => ({ value: c.id, label: t(`assessments.categories.${c.id}`) }))} />
          </Form.Item>
          <Form.Item name="serviceKinds" label={t('assessments.qualifications.serviceKinds')}>
            <Checkbox.Group options={TECH_SERVICE_KINDS.map((k) => ({ value: k, label: t(`assessments.serviceKinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="isRevoked" label={t('assessments.qualifications.revoked')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
