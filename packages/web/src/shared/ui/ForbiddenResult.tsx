import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PATHS } from '../routes.ts';

export function ForbiddenResult() {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={t('result.forbiddenTitle')}
      subTitle={t('result.forbidden')}
      extra={
        <Link to={PATHS.home}>
          <Button type="primary">{t('result.backHome')}</Button>
        </Link>
      }
    />
  );
}
