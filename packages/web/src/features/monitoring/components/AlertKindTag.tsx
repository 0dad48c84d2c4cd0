import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Red for the limit, orange for the action level. */
export function AlertKindTag({ kind }: { kind: 'action_level' | 'limit' }) {
  const { t } = useTranslation();
  return <Tag color={kind === 'limit' ? 'red' : 'orange'}>{t(`monitoring.alertKinds.${kind}`)}</Tag>;
}
