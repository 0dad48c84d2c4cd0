import { ArrowLeftOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { DeclarationReceipt, useDeclaration, useDownloadReceiptPdf } from '../features/declarations/index.ts';
import { describeError } from '../shared/api/errors.ts';
import { declarationPath } from '../shared/routes.ts';
import { LoadFailure } from '../shared/ui/LoadFailure.tsx';

/** The printable receipt of an accepted declaration (A4; the shell is hidden on paper). */
export function DeclarationReceiptPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const declaration = useDeclaration(id);
  const pdf = useDownloadReceiptPdf(id);

  const handlePdf = () => pdf.mutate(undefined, { onError: (error) => void message.error(describeError(error)) });

  if (declaration.isPending) return <Skeleton active />;
  if (declaration.error) return <LoadFailure error={declaration.error} onRetry={() => void declaration.refetch()} />;
  const d = declaration.data;
  return (
    <div data-testid="receipt-page">
      <Flex justify="space-between" align="center" className="ohnet-no-print" style={{ marginBottom: 16 }}>
        <Link to={declarationPath(d.id)}>
          <Button icon={<ArrowLeftOutlined />}>{t('declarations.receipt.back')}</Button>
        </Link>
        {d.state === 'accepted' ? (
          <Flex gap={8}>
            <Button icon={<FilePdfOutlined />} loading={pdf.isPending} onClick={handlePdf} data-testid="receipt-pdf">
              {t('declarations.receipt.pdf')}
            </Button>
            <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="receipt-print">
              {t('declarations.receipt.print')}
            </Button>
          </Flex>
        ) : null}
      </Flex>
      {d.state === 'accepted' ? <DeclarationReceipt declaration={d} /> : <Alert type="info" showIcon title={t('declarations.receipt.notAccepted')} data-testid="receipt-not-available" />}
    </div>
  );
}
