import { useTranslation } from 'react-i18next';
import { ReceiptVerifier } from '../features/declarations/index.ts';
import { PageHeader } from '../shared/ui/PageHeader.tsx';

/** 回执核验 (public, no sign-in): checks a declaration receipt by its number and verification code. */
export function VerifyReceiptPage() {
  const { t } = useTranslation();
  return (
    <div className="ohnet-verify-page" data-testid="verify-receipt-page">
      <PageHeader title={t('declarations.verify.title')} subtitle={t('declarations.verify.subtitle')} />
      <ReceiptVerifier />
    </div>
  );
}
