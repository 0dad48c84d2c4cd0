import { ReloadOutlined, RollbackOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeclarationDetail } from '../api.ts';

export interface EmployerActionsProps {
  declaration: DeclarationDetail;
  busy: 'save' | 'submit' | 'withdraw' | 'prefill' | null;
  onSave: () => void;
  onSubmit: () => void;
  onWithdraw: () => void;
  onPrefill: () => void;
}

/** The employer's buttons: save the draft, submit (full validation), withdraw, refill from the base record. */
export function EmployerActions({ declaration, busy, onSave, onSubmit, onWithdraw, onPrefill }: EmployerActionsProps) {
  const { t } = useTranslation();
  const canSubmit = declaration.allowedActions.includes('submit');
  const canWithdraw = declaration.allowedActions.includes('withdraw');
  if (!declaration.editable && !canSubmit && !canWithdraw) return null;
  return (
    <Card size="small" title={t('declarations.actions.title')} style={{ marginBottom: 16 }} data-testid="declaration-actions">
      <Flex vertical gap={8}>
        {canSubmit ? (
          <Button type="primary" block icon={<SendOutlined />} loading={busy === 'submit'} disabled={busy !== null && busy !== 'submit'} onClick={onSubmit} data-testid="declaration-submit">
            {declaration.state === 'returned' ? t('declarations.actions.resubmit') : t('declarations.actions.submit')}
          </Button>
        ) : null}
        {declaration.editable ? (
          <>
            <Button block icon={<SaveOutlined />} loading={busy === 'save'} disabled={busy !== null && busy !== 'save'} onClick={onSave} data-testid="declaration-save">
              {t('declarations.actions.save')}
            </Button>
            <Button block icon={<ReloadOutlined />} loading={busy === 'prefill'} disabled={busy !== null && busy !== 'prefill'} onClick={onPrefill} data-testid="declaration-prefill">
              {t('declarations.actions.prefill')}
            </Button>
          </>
        ) : null}
        {canWithdraw ? (
          <Button block danger icon={<RollbackOutlined />} loading={busy === 'withdraw'} disabled={busy !== null && busy !== 'withdraw'} onClick={onWithdraw} data-testid="declaration-withdraw">
            {t('declarations.actions.withdraw')}
          </Button>
        ) : null}
        {declaration.editable ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('declarations.actions.hint')}
          </Typography.Text>
        ) : null}
      </Flex>
    </Card>
  );
}
