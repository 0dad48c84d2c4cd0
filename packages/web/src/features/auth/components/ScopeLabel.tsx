import { EnvironmentOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../api.ts';
import { useSession } from '../session-context.tsx';

function useScopeText(scope: SessionInfo['scope']): string {
  const { t } = useTranslation();
  switch (scope.kind) {
    case 'all':
      return t('scope.all');
    case 'region':
      return scope.rootRegionName ?? scope.rootRegionCode ?? t('scope.all');
    case 'organisation':
      return t('scope.organisation');
    case 'worker':
      return t('scope.worker');
  }
}

export interface ScopeLabelProps {
  className?: string;
}

/** “管辖范围：广东省江门市台山市” / “本单位” / “全国” / “本人”: what data the user sees. */
export function ScopeLabel({ className }: ScopeLabelProps) {
  const { t } = useTranslation();
  const { session } = useSession();
  const text = t('scope.label', { value: useScopeText(session.scope) });
  return (
    <Tooltip title={session.organisation.regionName ?? undefined}>
      <span className={className} data-testid="header-scope">
        <EnvironmentOutlined style={{ marginInlineEnd: 6 }} />
        {text}
      </span>
    </Tooltip>
  );
}
