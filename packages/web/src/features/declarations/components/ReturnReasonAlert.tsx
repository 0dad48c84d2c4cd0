import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/index.ts';
import type { DeclarationDetail } from '../api.ts';

export interface ReturnReasonAlertProps {
  declaration: DeclarationDetail;
}

/** A returned declaration says why, prominently: the employer corrects it and submits again. */
export function ReturnReasonAlert({ declaration }: ReturnReasonAlertProps) {
  const { t } = useTranslation();
  if (declaration.state !== 'returned') return null;
  const last = declaration.events.filter((e) => e.action === 'return').at(-1);
  return (
    <Alert
      type="warning"
      showIcon
      title={t('declarations.returned.title')}
      description={
        <>
          <div className="ohnet-return-reason" data-testid="declaration-return-reason">
            {last?.reason ?? t('common.empty')}
          </div>
          {last ? (
            <div className="ohnet-citation">{t('declarations.returned.by', { who: [last.actorName, last.actorOrganisationName].filter(Boolean).join(' · '), at: formatDateTime(last.at) })}</div>
          ) : null}
          {declaration.editable ? <div style={{ marginTop: 4 }}>{t('declarations.returned.hint')}</div> : null}
        </>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
