import { PASSWORD_MAX_LENGTH, type Role, passwordIssues, validatePhone } from '@ohnet/domain';
import { App, Col, Form, Input, Modal, Row, Select } from 'antd';
import type { FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, describeError, issueText } from '../../../shared/api/errors.ts';
import { OrganisationSelect, useOrganisation } from '../../organisations/index.ts';
import { type CreateUserInput, type UpdateUserInput, type User, useCreateUser, useUpdateUser } from '../api.ts';
import { roleIssueMessages, rolesAllowedFor } from '../roles.ts';

interface UserFormValues {
  username: string;
  displayName: string;
  organisationId: string;
  roles: Role[];
  phone?: string;
  email?: string;
  password?: string;
}

const USERNAME_PATTERN = /^[A-Za-z0-9_.@-]{3,64}$/;

const CODE_FIELDS = {
  'user.username_taken': 'username',
  'user.cannot_demote_self': 'roles',
};

export interface UserFormModalProps {
  open: boolean;
  /** The account being edited; absent to open a new one. */
  user?: User;
  onClose: () => void;
  /** `temporaryPassword` is set when the server generated one for a new account. */
  onSaved: (user: User, temporaryPassword: string | null) => void;
}

const blankToNull = (value: string | undefined): string | null => (value?.trim() ? value.trim() : null);

function initialValues(user: User | undefined): Partial<UserFormValues> {
  if (!user) return { roles: [] };
  return {
    username: user.username,
    displayName: user.displayName,
    organisationId: user.organisationId,
    roles: user.roles,
    phone: user.phone ?? undefined,
    email: user.email ?? undefined,
  };
}

export function UserFormModal({ open, user, onClose, onSaved }: UserFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<UserFormValues>();
  const organisationId = Form.useWatch('organisationId', form);
  const organisation = useOrganisation(user ? null : organisationId);
  const create = useCreateUser();
  const update = useUpdateUser();
  const isEdit = user !== undefined;
  const organisationType = user?.organisationType ?? organisation.data?.type;

  const roleRules: FormRule[] = [
    { required: true, type: 'array', min: 1, message: t('users.validation.rolesRequired') },
    {
      // The domain's assignment rules (role fits the organisation type, exclusive roles), as on the server.
      validator: async (_rule, roles: Role[] | undefined) => {
        if (!roles?.length || !organisationType) return;
        const issues = roleIssueMessages(roles, organisationType);
        if (issues.length > 0) throw new Error(issues.join('；'));
      },
    },
  ];
  const phoneRule: FormRule = {
    validator: async (_rule, value: string | undefined) => {
      if (!value?.trim()) return;
      const result = validatePhone(value);
      if (!result.ok) throw new Error(result.issues.map(issueText).join('；'));
    },
  };
  const passwordRule: FormRule = ({ getFieldValue }) => ({
    validator: async (_rule, value: string | undefined) => {
      if (!value) return;
      const issues = passwordIssues(value, getFieldValue('username'));
      if (issues.length > 0) throw new Error(issues.map(issueText).join('；'));
    },
  });

  const handleError = (error: unknown) => {
    if (!applyServerErrors(form, error, CODE_FIELDS)) void message.error(describeError(error));
  };

  const handleFinish = (values: UserFormValues) => {
    const common = {
      displayName: values.displayName.trim(),
      roles: values.roles,
      phone: blankToNull(values.phone),
      email: blankToNull(values.email),
    };
    if (user) {
      const input: UpdateUserInput = common;
      update.mutate(
        { id: user.id, input },
        {
          onSuccess: (saved) => {
            void message.success(t('users.updated'));
            onSaved(saved, null);
          },
          onError: handleError,
        },
      );
      return;
    }
    const input: CreateUserInput = {
      ...common,
      username: values.username.trim(),
      organisationId: values.organisationId,
      ...(values.password ? { password: values.password } : {}),
    };
    create.mutate(input, {
      onSuccess: (created) => {
        void message.success(t('users.created'));
        onSaved(created.user, created.temporaryPassword);
      },
      onError: handleError,
    });
  };

  const roleOptions = rolesAllowedFor(organisationType).map((role) => ({ value: role, label: t(`roles.${role}`) }));

  return (
    <Modal
      open={open}
      title={isEdit ? t('users.editTitle') : t('users.createTitle')}
      width={720}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      data-testid="user-form"
    >
      <Form<UserFormValues> form={form} layout="vertical" initialValues={initialValues(user)} onFinish={handleFinish} clearOnDestroy style={{ marginTop: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="username"
              label={t('users.fields.username')}
              rules={[
                { required: true, whitespace: true, message: t('users.validation.usernameRequired') },
                { pattern: USERNAME_PATTERN, message: t('users.validation.usernameFormat') },
              ]}
            >
              <Input maxLength={64} autoComplete="off" disabled={isEdit} data-testid="user-form-username" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="displayName" label={t('users.fields.displayName')} rules={[{ required: true, whitespace: true, message: t('users.validation.displayNameRequired') }]}>
              <Input maxLength={40} data-testid="user-form-display-name" />
            </Form.Item>
          </Col>
          <Col span={24}>
            {isEdit ? (
              <Form.Item label={t('users.fields.organisation')}>
                <Input value={user.organisationName} disabled />
              </Form.Item>
            ) : (
              <Form.Item name="organisationId" label={t('users.fields.organisation')} rules={[{ required: true, message: t('users.validation.organisationRequired') }]}>
                <OrganisationSelect activeOnly allowClear={false} data-testid="user-form-organisation" />
              </Form.Item>
            )}
          </Col>
          <Col span={24}>
            <Form.Item name="roles" label={t('users.fields.roles')} rules={roleRules} dependencies={['organisationId']}>
              <Select
                mode="multiple"
                options={roleOptions}
                optionFilterProp="label"
                disabled={!organisationType}
                placeholder={organisationType ? undefined : t('users.validation.selectOrganisationFirst')}
                data-testid="user-form-roles"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="phone" label={t('users.fields.phone')} rules={[phoneRule]}>
              <Input maxLength={32} data-testid="user-form-phone" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="email" label={t('users.fields.email')} rules={[{ type: 'email', message: t('users.validation.emailInvalid') }]}>
              <Input maxLength={120} data-testid="user-form-email" />
            </Form.Item>
          </Col>
          {isEdit ? null : (
            <Col span={24}>
              <Form.Item name="password" label={t('users.fields.password')} extra={t('users.fields.passwordHelp')} rules={[passwordRule]} dependencies={['username']}>
                <Input.Password maxLength={PASSWORD_MAX_LENGTH} autoComplete="new-password" data-testid="user-form-password" />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Form>
    </Modal>
  );
}
