import { EMPLOYER_ECONOMIC_TYPES, EMPLOYER_SIZE_CLASSES, type EmployerEconomicType, type EmployerSizeClass, validatePhone } from '@ohnet/domain';
import { App, Button, Card, Col, Divider, Flex, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, codeIssueText, describeError } from '../../../shared/api/errors.ts';
import { blankToNull, domainRule } from '../../../shared/forms/domain-rule.ts';
import { type EmployerDetail, type SaveEmployerProfileInput, useSaveEmployerProfile } from '../api.ts';

interface ProfileFormValues {
  registeredAddress?: string;
  workplaceAddress?: string;
  industryCode?: string;
  economicType?: EmployerEconomicType | null;
  sizeClass?: EmployerSizeClass | null;
  legalRepresentative?: string;
  legalRepresentativePhone?: string;
  ohManagerName?: string;
  ohManagerPhone?: string;
  hasOhManagementBody?: boolean | null;
  fullTimeOhManagers?: number | null;
  partTimeOhManagers?: number | null;
  staffCount?: number | null;
  dispatchedWorkerCount?: number | null;
  cumulativeOccupationalDiseaseCases?: number | null;
}

type CountField = 'staffCount' | 'dispatchedWorkerCount' | 'fullTimeOhManagers' | 'partTimeOhManagers' | 'cumulativeOccupationalDiseaseCases';

/** GB/T 4754-2017: a section letter, optionally followed by 2–4 digits, or the digits alone (C3311, 3311, C). */
const INDUSTRY_CODE_PATTERN = /^([A-Ta-t](\d{2,4})?|\d{2,4})$/;

function initialValues(employer: EmployerDetail): ProfileFormValues {
  const { economicType, sizeClass } = employer;
  return {
    registeredAddress: employer.registeredAddress ?? undefined,
    workplaceAddress: employer.workplaceAddress ?? undefined,
    industryCode: employer.industryCode ?? undefined,
    economicType: EMPLOYER_ECONOMIC_TYPES.find((e) => e === economicType) ?? null,
    sizeClass: EMPLOYER_SIZE_CLASSES.find((s) => s === sizeClass) ?? null,
    legalRepresentative: employer.legalRepresentative ?? undefined,
    legalRepresentativePhone: employer.legalRepresentativePhone ?? undefined,
    ohManagerName: employer.ohManagerName ?? undefined,
    ohManagerPhone: employer.ohManagerPhone ?? undefined,
    hasOhManagementBody: employer.hasOhManagementBody,
    fullTimeOhManagers: employer.fullTimeOhManagers,
    partTimeOhManagers: employer.partTimeOhManagers,
    staffCount: employer.staffCount,
    dispatchedWorkerCount: employer.dispatchedWorkerCount,
    cumulativeOccupationalDiseaseCases: employer.cumulativeOccupationalDiseaseCases,
  };
}

function toInput(values: ProfileFormValues): SaveEmployerProfileInput {
  return {
    registeredAddress: values.registeredAddress?.trim() ?? '',
    workplaceAddress: values.workplaceAddress?.trim() ?? '',
    industryCode: (values.industryCode?.trim() ?? '').toUpperCase(),
    economicType: values.economicType ?? null,
    sizeClass: values.sizeClass ?? null,
    legalRepresentative: blankToNull(values.legalRepresentative),
    legalRepresentativePhone: blankToNull(values.legalRepresentativePhone),
    ohManagerName: blankToNull(values.ohManagerName),
    ohManagerPhone: blankToNull(values.ohManagerPhone),
    hasOhManagementBody: values.hasOhManagementBody ?? null,
    fullTimeOhManagers: values.fullTimeOhManagers ?? null,
    partTimeOhManagers: values.partTimeOhManagers ?? null,
    staffCount: values.staffCount ?? null,
    dispatchedWorkerCount: values.dispatchedWorkerCount ?? null,
    cumulativeOccupationalDiseaseCases: values.cumulativeOccupationalDiseaseCases ?? null,
  };
}

export interface EmployerProfileFormProps {
  employer: EmployerDetail;
  /** False: the form is shown read-only. */
  canEdit: boolean;
}

/**
 * 基本信息: the employer's base record as the declaration form asks for it. Name, USCC and region
 * come from the registry (单位管理) and are not edited here; the hazard class is derived.
 */
export function EmployerProfileForm({ employer, canEdit }: EmployerProfileFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProfileFormValues>();
  const save = useSaveEmployerProfile(employer.id);

  const handleFinish = (values: ProfileFormValues) => {
    save.mutate(toInput(values), {
      onSuccess: () => void message.success(t('employers.profile.saved')),
      onError: (error) => {
        if (!applyServerErrors(form, error, {}, codeIssueText)) void message.error(describeError(error));
      },
    });
  };

  const count = (name: CountField) => (
    <Col xs={24} sm={12} lg={8} key={name}>
      <Form.Item name={name} label={t(`employers.profile.fields.${name}`)}>
        <InputNumber min={0} precision={0} style={{ width: '100%' }} suffix={t('common.persons')} data-testid={`profile-${name}`} />
      </Form.Item>
    </Col>
  );

  return (
    <Card data-testid="employer-profile">
      <Form<ProfileFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues(employer)}
        onFinish={handleFinish}
        disabled={!canEdit}
        className={canEdit ? undefined : 'ohnet-readonly-form'}
      >
        <Divider titlePlacement="start" plain style={{ marginTop: 0 }}>
          {t('employers.profile.sections.registration')}
        </Divider>
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <Form.Item name="registeredAddress" label={t('employers.profile.fields.registeredAddress')} rules={[{ required: true, whitespace: true, message: t('employers.profile.validation.required') }]}>
              <Input maxLength={200} data-testid="profile-registeredAddress" />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item name="workplaceAddress" label={t('employers.profile.fields.workplaceAddress')} rules={[{ required: true, whitespace: true, message: t('employers.profile.validation.required') }]}>
              <Input maxLength={200} data-testid="profile-workplaceAddress" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={8}>
            <Form.Item
              name="industryCode"
              label={t('employers.profile.fields.industryCode')}
              tooltip={t('employers.profile.industryCodeHelp')}
              normalize={(value: string | undefined) => value?.toUpperCase()}
              rules={[
                { required: true, whitespace: true, message: t('employers.profile.validation.required') },
                { pattern: INDUSTRY_CODE_PATTERN, message: t('employers.profile.validation.industryCode') },
              ]}
            >
              <Input maxLength={8} placeholder="C3311" style={{ fontFamily: 'monospace' }} data-testid="profile-industryCode" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={8}>
            <Form.Item name="economicType" label={t('employers.profile.fields.economicType')}>
              <Select
                allowClear
                options={EMPLOYER_ECONOMIC_TYPES.map((e) => ({ value: e, label: t(`economicTypes.${e}`) }))}
                data-testid="profile-economicType"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={8}>
            <Form.Item name="sizeClass" label={t('employers.profile.fields.sizeClass')}>
              <Select allowClear options={EMPLOYER_SIZE_CLASSES.map((s) => ({ value: s, label: t(`sizeClasses.${s}`) }))} data-testid="profile-sizeClass" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={8}>
            <Form.Item name="legalRepresentative" label={t('employers.profile.fields.legalRepresentative')}>
              <Input maxLength={40} data-testid="profile-legalRepresentative" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={8}>
            <Form.Item name="legalRepresentativePhone" label={t('employers.profile.fields.legalRepresentativePhone')} rules={[domainRule(validatePhone)]}>
              <Input maxLength={32} data-testid="profile-legalRepresentativePhone" />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" plain>
          {t('employers.profile.sections.management')}
        </Divider>
        <Row gutter={16}>
          <Col xs={24} sm={12} lg={8}>
            <Form.Item name="ohManagerName" label={t('employers.profile.fields.ohManagerName')}>
              <Input maxLength={40} data-testid="profile-ohManagerName" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={8}>
            <Form.Item name="ohManagerPhone" label={t('employers.profile.fields.ohManagerPhone')} rules={[domainRule(validatePhone)]}>
              <Input maxLength={32} data-testid="profile-ohManagerPhone" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={8}>
            <Form.Item name="hasOhManagementBody" label={t('employers.profile.fields.hasOhManagementBody')}>
              <Radio.Group
                options={[
                  { value: true, label: t('common.have') },
                  { value: false, label: t('common.haveNot') },
                ]}
                data-testid="profile-hasOhManagementBody"
              />
            </Form.Item>
          </Col>
          {count('fullTimeOhManagers')}
          {count('partTimeOhManagers')}
        </Row>
        <Divider titlePlacement="start" plain>
          {t('employers.profile.sections.workforce')}
        </Divider>
        <Row gutter={16}>
          {count('staffCount')}
          {count('dispatchedWorkerCount')}
          {count('cumulativeOccupationalDiseaseCases')}
        </Row>
        {canEdit ? (
          <Flex justify="end">
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="profile-save">
              {t('common.save')}
            </Button>
          </Flex>
        ) : null}
      </Form>
    </Card>
  );
}
