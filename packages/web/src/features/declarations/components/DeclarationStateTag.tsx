import type { DeclarationState } from '@ohnet/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<DeclarationState, string> = { draft: 'default', submitted: 'processing', accepted: 'success', returned: 'warning', withdrawn: 'default' };

export interface DeclarationStateTagProps {
  state: DeclarationState;
  /** 已受理 rather than 已受理（已出具回执）, for narrow table columns. */
  short?: boolean;
}

export function DeclarationStateTag({ state, short = false }: DeclarationStateTagProps) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[state]} style={{ marginInlineEnd: 0 }} data-testid="declaration-state" data-state={state}>
      {short ? t(`declarations.stateFilters.${state}`) : t(`declarationStates.${state}`)}
    </Tag>
  );
}
