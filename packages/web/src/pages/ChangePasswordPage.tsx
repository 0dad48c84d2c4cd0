import { Alert, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ChangePasswordForm, useSession } from '../features/auth/index.ts';
import { PATHS } from '../shared/routes.ts';
import { PageHeader } from '../shared/ui/PageHeader.tsx';

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { session } = useSession();
  const isForced = session.user.mustChangePassword;

  const handleChanged = () => void navigate(PATHS.home, { replace: true });

  return (
    <>
      <PageHeader title={t('auth.password.title')} />
      <Card>
        {isForced ? (
          <Alert
            type="warning"
            showIcon
            title={t('auth.password.forcedTitle')}
            description={t('auth.password.forcedDescription')}
            style={{ marginBottom: 24, maxWidth: 640 }}
            data-testid="password-forced"
          />
        ) : null}
        <ChangePasswordForm onChanged={handleChanged} />
      </Card>
    </>
  );
}
