import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PATHS } from '../shared/routes.ts';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('result.notFoundTitle')}
      subTitle={t('result.notFound')}
      extra={
        <Link to={PATHS.home}>
          <Button type="primary">{t('result.backHome')}</Button>
        </Link>
      }
    />
  );
}
