import { DEPARTMENT_KINDS, type DepartmentKind, ORGANISATION_TYPES, type OrganisationType, requiresUscc, validatePhone, validateUscc } from '@ohnet/domain';
import { App, Col, Form, Input, Modal, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, describeError } from '../../../shared/api/errors.ts';
import { blankToNull, domainRule } from '../../../shared/forms/domain-rule.ts';
import { useSession } from '../../auth/index.ts';
import { RegionPicker } from '../../regions/index.ts';
import { type CreateOrganisationInput, type Organisation, type UpdateOrganisationInput, useCreateOrganisation, useUpdateOrganisation } from '../api.ts';

interface OrganisationFormValues {
  type: OrganisationType;
  name: string;
  uscc?: string;
  regionCode: string;
  departmentKind?: DepartmentKind;
  address?: string;
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
  isActive: boolean;
}

/** Server error codes that belong to one field. */
const CODE_FIELDS = {
  'organisation.uscc_taken': 'uscc',
  'scope.region_outside': 'regionCode',
  'organisation.cannot_deactivate_own': 'isActive',
  'organisation.type_not_allowed': 'type',
};

export interface OrganisationFormModalProps {
  open: boolean;
  /** The organisation being edited; absent to register a new one. */
  organisation?: Organisation;
  onClose: () => void;
  onSaved: (organisation: Organisation) => void;
}

function toInput(values: OrganisationFormValues) {
  return {
    name: values.name.trim(),
    uscc: blankToNull(values.uscc),
    regionCode: values.regionCode,
    departmentKind: values.type === 'other_department' ? (values.departmentKind ?? null) : null,
    address: blankToNull(values.address),
    contactName: blankToNull(values.contactName),
    contactPhone: blankToNull(values.contactPhone),
    contactEmail: blankToNull(values.contactEmail),
  };
}

function initialValues(organisation: Organisation | undefined): Partial<OrganisationFormValues> {
  if (!organisation) return { isActive: true };
  return {
    type: organisation.type,
    name: organisation.name,
    uscc: organisation.uscc ?? undefined,
    regionCode: organisation.regionCode,
    departmentKind: organisation.departmentKind ?? undefined,
    address: organisation.address ?? undefined,
    contactName: organisation.contactName ?? undefined,
    contactPhone: organisation.contactPhone ?? undefined,
    contactEmail: organisation.contactEmail ?? undefined,
    isActive: organisation.isActive,
  };
}

export function OrganisationFormModal({ open, organisation, onClose, onSaved }: OrganisationFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { session } = useSession();
  const [form] = Form.useForm<OrganisationFormValues>();
  const type = Form.useWatch('type', form);
  const create = useCreateOrganisation();
  const update = useUpdateOrganisation();
  const isEdit = organisation !== undefined;

  // Only the platform's administrators (national scope) may register platform operators.
  const typeOptions = ORGANISATION_TYPES.filter((ot) => ot !== 'platform_operator' || session.scope.kind === 'all' || organisation?.type === ot).map(
    (ot) => ({ value: ot, label: t(`organisationTypes.${ot}`) }),
  );
  const isUsccRequired = type ? requiresUscc(type) : true;

  const handleError = (error: unknown) => {
    if (!applyServerErrors(form, error, CODE_FIELDS)) void message.error(describeError(error));
  };
  const handleSaved = (saved: Organisation) => {
    void message.success(isEdit ? t('organisations.updated') : t('organisations.created'));
    onSaved(saved);
  };

  const handleFinish = (values: OrganisationFormValues) => {
    const input = toInput(values);
    if (organisation) {
      const patch: UpdateOrganisationInput = { ...input, isActive: values.isActive };
      update.mutate({ id: organisation.id, input: patch }, { onSuccess: handleSaved, onError: handleError });
    } else {
      const body: CreateOrganisationInput = { ...input, type: values.type };
      create.mutate(body, { onSuccess: handleSaved, onError: handleError });
    }
  };

  return (
    <Modal
      open={open}
      title={isEdit ? t('organisations.editTitle') : t('organisations.createTitle')}
      width={760}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      data-testid="organisation-form"
    >
      <Form<OrganisationFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues(organisation)}
        onFinish={handleFinish}
        clearOnDestroy
        style={{ marginTop: 16 }}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="type" label={t('organisations.fields.type')} rules={[{ required: true, message: t('organisations.validation.typeRequired') }]}>
              <Select options={typeOptions} disabled={isEdit} data-testid="organisation-form-type" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            {type === 'other_department' ? (
              <Form.Item name="departmentKind" label={t('organisations.fields.departmentKind')} rules={[{ required: true, message: t('issues.department_kind.required') }]}>
                <Select options={DEPARTMENT_KINDS.map((k) => ({ value: k, label: t(`departmentKinds.${k}`) }))} data-testid="organisation-form-department-kind" />
              </Form.Item>
            ) : null}
          </Col>
          <Col span={24}>
            <Form.Item
              name="name"
              label={t('organisations.fields.name')}
              rules={[
                { required: true, whitespace: true, message: t('organisations.validation.nameRequired') },
                { min: 2, max: 120, message: t('organisations.validation.nameLength') },
              ]}
            >
              <Input maxLength={120} data-testid="organisation-form-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="uscc"
              label={t('organisations.fields.uscc')}
              normalize={(value: string | undefined) => value?.toUpperCase()}
              rules={[{ required: isUsccRequired, whitespace: true, message: t('issues.uscc.required') }, domainRule(validateUscc)]}
            >
              <Input maxLength={18} style={{ fontFamily: 'monospace' }} data-testid="organisation-form-uscc" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="regionCode" label={t('organisations.fields.region')} rules={[{ required: true, message: t('organisations.validation.regionRequired') }]}>
              <RegionPicker data-testid="organisation-form-region" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="address" label={t('organisations.fields.address')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="contactName" label={t('organisations.fields.contactName')}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="contactPhone" label={t('organisations.fields.contactPhone')} rules={[domainRule(validatePhone)]}>
              <Input maxLength={32} data-testid="organisation-form-phone" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="contactEmail" label={t('organisations.fields.contactEmail')} rules={[{ type: 'email', message: t('organisations.validation.emailInvalid') }]}>
              <Input maxLength={120} />
            </Form.Item>
          </Col>
          {isEdit ? (
            <Col span={24}>
              <Form.Item name="isActive" label={t('organisations.fields.isActive')} valuePropName="checked">
                <Switch />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
      </Form>
    </Modal>
  );
}
