import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Divider, Form, Input, InputNumber, Modal, Row, Select, Space, Switch } from 'antd';
import { CHEST_RADIOGRAPH_RESULTS, EXAM_CONCLUSIONS, HEALTH_EXAM_TYPES } from '@ohnet/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ServerIssue, describeError, placeServerErrors } from '../../../shared/api/errors.ts';
import { type ExamRecordInput, useFileExam } from '../api.ts';

const FREQS = ['500', '1000', '2000', '3000', '4000', '6000'] as const;
type Ear = Record<(typeof FREQS)[number], number>;
type Result = '' | 'normal' | 'abnormal';

interface FormValues {
  examNumber: string;
  employerUscc: string;
  idNumber: string;
  name: string;
  examType: ExamRecordInput['examType'];
  examDate: string;
  hazardFactors: string[];
  conclusions: ExamRecordInput['conclusions'];
  hasAudiometry: boolean;
  left?: Partial<Ear>;
  right?: Partial<Ear>;
  ecg: Result;
  bloodCount: Result;
  liverFunction: Result;
  chest?: (typeof CHEST_RADIOGRAPH_RESULTS)[number];
  others: { name: string; value: string }[];
}

export interface ExamFormModalProps {
  open: boolean;
  onClose: () => void;
  onFiled: (id: string) => void;
}

/**
 * The web form for one exam. It sends the same record the JSON batch and the Excel template send, so
 * the server applies identical validation; 422 issues land on the fields they name.
 */
export function ExamFormModal({ open, onClose, onFiled }: ExamFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const file = useFileExam();
  const [unplaced, setUnplaced] = useState<ServerIssue[]>([]);
  const hasAudiometry = Form.useWatch('hasAudiometry', form);
  const factors = Form.useWatch('hazardFactors', form) ?? [];

  const resultItem = (r: Result) => (r === '' ? null : { isAbnormal: r === 'abnormal' });
  const handleSubmit = async (v: FormValues) => {
    setUnplaced([]);
    const body: ExamRecordInput = {
      examNumber: v.examNumber,
      employerUscc: v.employerUscc,
      examType: v.examType,
      examDate: v.examDate,
      worker: { idNumber: v.idNumber, name: v.name },
      hazardFactors: v.hazardFactors ?? [],
      conclusions: (v.conclusions ?? []).map((c) => ({ ...c, recheckDueDate: c.recheckDueDate || null, suspectedDisease: c.suspectedDisease || null, contraindication: c.contraindication || null, advice: c.advice || null })),
      items: {
        audiometry: v.hasAudiometry ? { left: v.left as Ear, right: v.right as Ear } : null,
        ecg: resultItem(v.ecg),
        bloodCount: resultItem(v.bloodCount),
        liverFunction: resultItem(v.liverFunction),
        chestRadiograph: v.chest ? { result: v.chest } : null,
        others: (v.others ?? []).filter((o) => o?.name).map((o) => ({ code: o.name, name: o.name, value: o.value ?? '' })),
      },
    };
    try {
      const res = await file.mutateAsync(body);
      void message.success(t('exams.form.filed'));
      form.resetFields();
      onFiled(res.id);
    } catch (e) {
      // `worker.idNumber` → the flat idNumber field.
      const placed = placeServerErrors(form, e, { 'exam.already_filed': 'examNumber' });
      const rest = placed.unplaced.filter((i) => !i.path.startsWith('body.worker.'));
      for (const i of placed.unplaced.filter((x) => x.path.startsWith('body.worker.'))) form.setFields([{ name: i.path.endsWith('name') ? 'name' : 'idNumber', errors: [i.message] }]);
      setUnplaced(rest);
      if (placed.placed === 0 && placed.unplaced.length === 0) void message.error(describeError(e));
    }
  };

  return (
    <Modal open={open} width={900} title={t('exams.form.title')} onCancel={onClose} onOk={() => form.submit()} okText={t('exams.form.submit')} confirmLoading={file.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => void handleSubmit(v)} initialValues={{ examType: 'periodic', hasAudiometry: false, ecg: '', bloodCount: '', liverFunction: '', conclusions: [], others: [] }} data-testid="exam-form">
        <Row gutter={12}>
          <Col span={8}><Form.Item name="examNumber" label={t('exams.fields.examNumber')} rules={[{ required: true }]}><Input /></Form.Item></Col>
          <Col span={8}><Form.Item name="employerUscc" label={t('exams.form.employerUscc')} rules={[{ required: true }]}><Input /></Form.Item></Col>
          <Col span={8}><Form.Item name="examType" label={t('exams.fields.examType')}><Select options={HEALTH_EXAM_TYPES.map((v) => ({ value: v, label: t(`exams.examTypes.${v}`) }))} /></Form.Item></Col>
          <Col span={8}><Form.Item name="idNumber" label={t('exams.form.idNumber')} rules={[{ required: true }]}><Input /></Form.Item></Col>
          <Col span={8}><Form.Item name="name" label={t('exams.form.name')} rules={[{ required: true }]}><Input /></Form.Item></Col>
          <Col span={8}><Form.Item name="examDate" label={t('exams.fields.examDate')} rules={[{ required: true }]}><Input placeholder="YYYY-MM-DD" /></Form.Item></Col>
          <Col span={24}><Form.Item name="hazardFactors" label={t('exams.fields.hazardFactors')} rules={[{ required: true }]}><Select mode="tags" tokenSeparators={['、', ',']} options={['噪声', '矽尘', '煤尘', '苯', '铅及其无机化合物', '高温'].map((v) => ({ value: v }))} /></Form.Item></Col>
        </Row>
        <Divider titlePlacement="start">{t('exams.form.conclusions')}</Divider>
        <Form.List name="conclusions">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" wrap>
                  <Form.Item name={[f.name, 'hazardFactor']} rules={[{ required: true }]}><Select style={{ width: 150 }} placeholder={t('exams.fields.hazardFactor')} options={factors.map((x) => ({ value: x }))} /></Form.Item>
                  <Form.Item name={[f.name, 'conclusion']} rules={[{ required: true }]}><Select style={{ width: 150 }} placeholder={t('exams.fields.conclusion')} options={EXAM_CONCLUSIONS.map((v) => ({ value: v, label: t(`exams.conclusions.${v}`) }))} /></Form.Item>
                  <Form.Item name={[f.name, 'suspectedDisease']}><Input placeholder={t('exams.form.suspectedDisease')} style={{ width: 140 }} /></Form.Item>
                  <Form.Item name={[f.name, 'contraindication']}><Input placeholder={t('exams.form.contraindication')} style={{ width: 140 }} /></Form.Item>
                  <Form.Item name={[f.name, 'recheckDueDate']}><Input placeholder={t('exams.fields.recheckDueDate')} style={{ width: 120 }} /></Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} style={{ marginTop: 8 }} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ hazardFactor: factors[fields.length] })}>{t('exams.form.addConclusion')}</Button>
            </>
          )}
        </Form.List>
        <Divider titlePlacement="start">{t('exams.detail.items')}</Divider>
        <Form.Item name="hasAudiometry" label={t('exams.form.audiometry')} valuePropName="checked"><Switch /></Form.Item>
        {hasAudiometry
          ? (['left', 'right'] as const).map((ear) => (
              <Space key={ear} wrap>
                <span style={{ width: 40, display: 'inline-block' }}>{t(`exams.form.${ear}`)}</span>
                {FREQS.map((fq) => (
                  <Form.Item key={fq} name={[ear, fq]} rules={[{ required: true }]}><InputNumber style={{ width: 90 }} addonAfter={fq} /></Form.Item>
                ))}
              </Space>
            ))
          : null}
        <Row gutter={12}>
          {(['ecg', 'bloodCount', 'liverFunction'] as const).map((k) => (
            <Col span={6} key={k}>
              <Form.Item name={k} label={t(`exams.items.${k}`)}>
                <Select options={[{ value: '', label: t('exams.form.notDone') }, { value: 'normal', label: t('exams.form.normal') }, { value: 'abnormal', label: t('exams.form.abnormal') }]} />
              </Form.Item>
            </Col>
          ))}
          <Col span={6}>
            <Form.Item name="chest" label={t('exams.items.chestRadiograph')}>
              <Select allowClear options={CHEST_RADIOGRAPH_RESULTS.map((v) => ({ value: v, label: t(`exams.chestResults.${v}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="others">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start">
                  <Form.Item name={[f.name, 'name']}><Input placeholder={t('exams.form.otherName')} /></Form.Item>
                  <Form.Item name={[f.name, 'value']}><Input placeholder={t('exams.form.otherValue')} /></Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} style={{ marginTop: 8 }} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>{t('exams.form.addOther')}</Button>
            </>
          )}
        </Form.List>
        {unplaced.length ? <Alert style={{ marginTop: 12 }} type="error" showIcon title={t('exams.form.problems')} description={<ul>{unplaced.map((i, k) => <li key={k}>{`${i.path.replace(/^body\./, '')}: ${i.message}`}</li>)}</ul>} /> : null}
      </Form>
    </Modal>
  );
}
