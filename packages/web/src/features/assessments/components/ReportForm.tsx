import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { ASSESSMENT_KINDS } from '@ohnet/domain';
import { Alert, App, AutoComplete, Button, Card, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { type ServerIssue, describeError, issueText, placeServerErrors } from '../../../shared/api/errors.ts';
import { assessmentReportPath } from '../../../shared/routes.ts';
import { type ReportDetail, useCorrectReport, useEmployerLookup, useFileReport } from '../api.ts';
import { type ReportFormValues, correctionBody, formValuesOf, reportBody } from '../report-form.ts';

const TYPES = ['dust', 'chemical', 'noise', 'heat'] as const;

export interface ReportFormProps {
  /** The current version being corrected: the form starts from its values and files version n+1. */
  correcting?: ReportDetail;
}

/**
 * 填报检测报告: employer by USCC, header, then points (post → factor → measurement type →
 * samples). The server validates with the domain rules and judges every point; its issues land on
 * the fields (`points.2.measurement.twaSamples`). When correcting, the employer and the report
 * number are fixed and a reason is required; the server keeps the previous version.
 */
export function ReportForm({ correcting }: ReportFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ReportFormValues>();
  const [uscc, setUscc] = useState('');
  const lookup = useEmployerLookup(uscc);
  const file = useFileReport();
  const correct = useCorrectReport(correcting?.id ?? '');
  const [unplaced, setUnplaced] = useState<ServerIssue[]>([]);
  const postNames = correcting ? [...new Set(correcting.points.map((p) => p.postName))].map((name) => ({ name, factors: [] as string[] })) : (lookup.data?.posts ?? []);
  const postOptions = postNames.map((p) => ({ value: p.name, label: `${p.name}${p.factors.length ? `（${p.factors.join('、')}）` : ''}` }));

  const onError = (e: unknown) => {
    const placed = placeServerErrors(form, e);
    setUnplaced(placed.unplaced);
    if (placed.placed === 0 && placed.unplaced.length === 0) void message.error(describeError(e));
  };

  const handleFinish = (values: ReportFormValues) => {
    setUnplaced([]);
    if (correcting) {
      correct.mutate(correctionBody(values), {
        onSuccess: (r) => {
          void message.success(t('assessments.correct.submitted', { version: r.version, exceeding: r.exceedingCount }));
          void navigate(assessmentReportPath(r.id));
        },
        onError,
      });
      return;
    }
    if (!lookup.data) {
      form.setFields([{ name: 'uscc', errors: [t('assessments.form.employerNotFound')] }]);
      return;
    }
    file.mutate(reportBody(values, lookup.data.id), {
      onSuccess: (r) => {
        void message.success(t('assessments.form.submitted', { exceeding: r.exceedingCount }));
        void navigate(assessmentReportPath(r.id));
      },
      onError,
    });
  };

  return (
    <Form<ReportFormValues>
      form={form}
      layout="vertical"
      onFinish={handleFinish}
      initialValues={correcting ? formValuesOf(correcting) : { kind: 'periodic_test', points: [{ measurement: { type: 'dust', fraction: 'total' } }] }}
      data-testid="assessment-form"
    >
      {correcting ? (
        <Card size="small" title={t('assessments.correct.header', { version: correcting.version + 1 })} style={{ marginBottom: 16 }} data-testid="assessment-correction">
          <Typography.Paragraph type="secondary">{t('assessments.correct.intro', { version: correcting.version })}</Typography.Paragraph>
          <Form.Item name="correctionReason" label={t('assessments.correct.reason')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={2} maxLength={1000} data-testid="assessment-correction-reason" />
          </Form.Item>
        </Card>
      ) : null}
      <Card size="small" title={t('assessments.form.header')} style={{ marginBottom: 16 }}>
        <Flex gap={16} wrap>
          {correcting ? (
            <Form.Item label={t('assessments.fields.employer')} style={{ width: 260 }}>
              <Input value={correcting.employerName} disabled />
            </Form.Item>
          ) : (
            <Form.Item
              name="uscc"
              label={t('assessments.fields.uscc')}
              style={{ width: 260 }}
              rules={[{ required: true }]}
              help={lookup.data ? t('assessments.form.employerFound', { name: lookup.data.name, posts: lookup.data.posts.length }) : lookup.error ? t('assessments.form.employerNotFound') : undefined}
            >
              <Input maxLength={18} onChange={(e) => setUscc(e.target.value.trim().toUpperCase())} data-testid="assessment-uscc" />
            </Form.Item>
          )}
          <Form.Item name="kind" label={t('assessments.fields.kind')} style={{ width: 160 }} rules={[{ required: true }]}>
            <Select options={ASSESSMENT_KINDS.map((k) => ({ value: k, label: t(`assessments.kinds.${k}`) }))} data-testid="assessment-kind" />
          </Form.Item>
          <Form.Item name="reportNumber" label={t('assessments.fields.reportNumber')} style={{ width: 220 }} rules={[{ required: true }]}>
            <Input maxLength={64} disabled={Boolean(correcting)} data-testid="assessment-number" />
          </Form.Item>
          <Form.Item name="samplingStartDate" label={t('assessments.fields.samplingStart')} rules={[{ required: true }]}>
            <Input type="date" data-testid="assessment-sampling-start" />
          </Form.Item>
          <Form.Item name="samplingEndDate" label={t('assessments.fields.samplingEnd')} rules={[{ required: true }]}>
            <Input type="date" data-testid="assessment-sampling-end" />
          </Form.Item>
          <Form.Item name="reportDate" label={t('assessments.fields.reportDate')} rules={[{ required: true }]}>
            <Input type="date" data-testid="assessment-report-date" />
          </Form.Item>
        </Flex>
        <Form.Item name="conclusion" label={t('assessments.fields.conclusion')} rules={[{ required: true }]}>
          <Input.TextArea rows={2} maxLength={5000} data-testid="assessment-conclusion" />
        </Form.Item>
      </Card>
      <Card size="small" title={t('assessments.form.pointsTitle')}>
        <Form.List name="points">
          {(fields, { add, remove }) => (
            <Flex vertical gap={12}>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  type="inner"
                  title={t('assessments.form.pointN', { n: index + 1 })}
                  extra={fields.length > 1 ? <MinusCircleOutlined onClick={() => remove(field.name)} aria-label={t('common.removeRow')} /> : null}
                  data-testid={`assessment-point-${index}`}
                >
                  <Flex gap={12} wrap>
                    <Form.Item name={[field.name, 'postName']} label={t('assessments.fields.post')} style={{ width: 180 }} rules={[{ required: true }]}>
                      <AutoComplete options={postOptions} data-testid={`point-${index}-post`} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'hazardFactor']} label={t('assessments.fields.factor')} style={{ width: 180 }} rules={[{ required: true }]}>
                      <Input data-testid={`point-${index}-factor`} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'measurement', 'type']} label={t('assessments.fields.measurementType')} style={{ width: 130 }} rules={[{ required: true }]}>
                      <Select options={TYPES.map((k) => ({ value: k, label: t(`assessments.types.${k}`) }))} data-testid={`point-${index}-type`} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'samplingDate']} label={t('assessments.fields.samplingDate')}>
                      <Input type="date" />
                    </Form.Item>
                    <Form.Item name={[field.name, 'location']} label={t('assessments.fields.location')} style={{ width: 180 }}>
                      <Input maxLength={200} />
                    </Form.Item>
                  </Flex>
                  <Form.Item noStyle shouldUpdate>
                    {() => {
                      const type = form.getFieldValue(['points', field.name, 'measurement', 'type']) as (typeof TYPES)[number] | undefined;
                      const m = (k: string) => [field.name, 'measurement', k];
                      const samples = (k: 'twaSamples' | 'stelSamples', label: string) => (
                        <Form.Item name={m(k)} label={label} extra={t('assessments.hints.samples')} style={{ width: 300 }}>
                          <Input data-testid={`point-${index}-${k}`} />
                        </Form.Item>
                      );
                      switch (type) {
                        case 'dust':
                          return (
                            <Flex gap={12} wrap>
                              <Form.Item name={m('fraction')} label={t('assessments.fields.fraction')} style={{ width: 140 }}>
                                <Select options={(['total', 'respirable'] as const).map((f) => ({ value: f, label: t(`assessments.fractions.${f}`) }))} />
                              </Form.Item>
                              <Form.Item name={m('freeSilicaPercent')} label={t('assessments.fields.freeSilica')}>
                                <InputNumber min={0} max={100} data-testid={`point-${index}-silica`} />
                              </Form.Item>
                              {samples('twaSamples', t('assessments.fields.twaSamples'))}
                              {samples('stelSamples', t('assessments.fields.stelSamples'))}
                            </Flex>
                          );
                        case 'chemical':
                          return (
                            <Flex gap={12} wrap>
                              {samples('twaSamples', t('assessments.fields.twaSamples'))}
                              {samples('stelSamples', t('assessments.fields.stelSamples'))}
                              <Form.Item name={m('ceilingSamples')} label={t('assessments.fields.ceilingSamples')} extra={t('assessments.hints.ceiling')} style={{ width: 220 }}>
                                <Input data-testid={`point-${index}-ceilingSamples`} />
                              </Form.Item>
                            </Flex>
                          );
                        case 'noise':
                          return (
                            <Flex gap={12} wrap>
                              <Form.Item name={m('segments')} label={t('assessments.fields.noiseSegments')} extra={t('assessments.hints.segments')} style={{ width: 300 }}>
                                <Input data-testid={`point-${index}-segments`} />
                              </Form.Item>
                              <Form.Item name={m('lex8h')} label={t('assessments.fields.lex8h')}>
                                <InputNumber min={0} max={200} step={0.1} data-testid={`point-${index}-lex8h`} />
                              </Form.Item>
                            </Flex>
                          );
                        case 'heat':
                          return (
                            <Flex gap={12} wrap>
                              <Form.Item name={m('wbgt')} label={t('assessments.fields.wbgt')}>
                                <InputNumber step={0.1} data-testid={`point-${index}-wbgt`} />
                              </Form.Item>
                              <Form.Item name={m('labourIntensityClass')} label={t('assessments.fields.labourIntensity')} style={{ width: 130 }}>
                                <Select options={['I', 'II', 'III', 'IV'].map((c) => ({ value: c, label: c }))} />
                              </Form.Item>
                              <Form.Item name={m('exposureTimeRatePercent')} label={t('assessments.fields.exposureTimeRate')}>
                                <InputNumber min={1} max={100} />
                              </Form.Item>
                            </Flex>
                          );
                        case undefined:
                          return null;
                      }
                    }}
                  </Form.Item>
                </Card>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ measurement: { type: 'chemical' } })} data-testid="assessment-add-point">
                {t('assessments.form.addPoint')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Card>
      {unplaced.length > 0 ? (
        <Alert
          style={{ marginTop: 16 }}
          type="error"
          showIcon
          data-testid="assessment-form-issues"
          title={unplaced.map((i) => (
            <Typography.Paragraph key={`${i.path}:${i.code}`} style={{ margin: 0 }}>
              {issueText(i)}
            </Typography.Paragraph>
          ))}
        />
      ) : null}
      <Flex justify="flex-end" style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={file.isPending || correct.isPending} data-testid="assessment-submit">
          {correcting ? t('assessments.correct.submit', { version: correcting.version + 1 }) : t('assessments.form.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
