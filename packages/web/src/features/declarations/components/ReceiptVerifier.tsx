import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Form, Input, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { formatDate } from '../../../shared/format/index.ts';
import { ErrorDisplay } from '../../../shared/ui/ErrorDisplay.tsx';
import { type ReceiptVerification, type ReceiptVerifyQuery, useReceiptVerification } from '../api.ts';

interface VerifyFormValues {
  number: string;
  code: string;
}

interface VerificationResultProps {
  result: ReceiptVerification;
}

function VerificationResult({ result }: VerificationResultProps) {
  const { t } = useTranslation();
  if (!result.valid) {
    return <Result status="error" title={t('declarations.verify.invalidTitle')} subTitle={t('declarations.verify.invalid')} data-testid="verify-result" data-valid="false" />;
  }
  return (
    <Result
      status="success"
      title={t('declarations.verify.validTitle')}
      subTitle={t('declarations.verify.valid')}
      data-testid="verify-result"
      data-valid="true"
      extra={
        <Descriptions bordered size="small" column={1} style={{ maxWidth: 560, margin: '0 auto', textAlign: 'start' }}>
          <Descriptions.Item label={t('declarations.receipt.number')}>{result.receiptNumber ?? t('common.empty')}</Descriptions.Item>
          <Descriptions.Item label={t('declarations.receipt.employerName')}>{result.employerName ?? t('common.empty')}</Descriptions.Item>
          <Descriptions.Item label={t('declarations.receipt.uscc')}>{result.usccMasked ?? t('common.empty')}</Descriptions.Item>
          <Descriptions.Item label={t('declarations.receipt.kind')}>{result.kind ? t(`declarationKinds.${result.kind}`) : t('common.empty')}</Descriptions.Item>
          <Descriptions.Item label={t('declarations.receipt.acceptedAt')}>{formatDate(result.acceptedAt)}</Descriptions.Item>
        </Descriptions>
      }
    />
  );
}

/**
 * 回执核验 (public): anyone holding a receipt checks its number and verification code. The values
 * are kept in the URL, so a printed link or a scanned code opens the answer directly.
 */
export function ReceiptVerifier() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const number = params.get('number')?.trim() ?? '';
  const code = params.get('code')?.trim() ?? '';
  const query: ReceiptVerifyQuery | null = number && code ? { number, code } : null;
  const verification = useReceiptVerification(query);

  const handleFinish = (values: VerifyFormValues) => {
    setParams({ number: values.number.trim().toUpperCase(), code: values.code.trim().toUpperCase() }, { replace: true });
  };

  const renderResult = () => {
    if (!query) return null;
    if (verification.isPending) return <Spin style={{ display: 'block', margin: '32px auto' }} />;
    if (verification.error) return <ErrorDisplay error={verification.error} onRetry={() => void verification.refetch()} />;
    return <VerificationResult result={verification.data} />;
  };

  return (
    <Card className="ohnet-verify-card" data-testid="verify-receipt">
      <Alert type="info" showIcon title={t('declarations.verify.intro')} style={{ marginBottom: 20 }} />
      <Form<VerifyFormValues> layout="vertical" initialValues={{ number, code }} onFinish={handleFinish} key={`${number}|${code}`}>
        <Form.Item name="number" label={t('declarations.receipt.number')} rules={[{ required: true, whitespace: true, message: t('declarations.verify.numberRequired') }]}>
          <Input maxLength={40} placeholder="SB-440781-2026-0000001" style={{ fontFamily: 'monospace' }} data-testid="verify-number" />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('declarations.receipt.code')}
          rules={[
            { required: true, whitespace: true, message: t('declarations.verify.codeRequired') },
            { min: 4, max: 16, message: t('declarations.verify.codeLength') },
          ]}
        >
          <Input maxLength={16} style={{ fontFamily: 'monospace' }} data-testid="verify-code" />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<SafetyCertificateOutlined />} loading={verification.isFetching} data-testid="verify-submit">
          {t('declarations.verify.submit')}
        </Button>
      </Form>
      <div style={{ marginTop: 16 }}>{renderResult()}</div>
    </Card>
  );
}
