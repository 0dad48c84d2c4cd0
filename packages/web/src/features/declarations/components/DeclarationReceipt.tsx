import { QRCode } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format/index.ts';
import { PATHS } from '../../../shared/routes.ts';
import type { DeclarationDetail } from '../api.ts';

export interface DeclarationReceiptProps {
  declaration: DeclarationDetail;
}

/**
 * 职业病危害项目申报回执 (申报办法 第六条: the authority that receives a declaration issues a receipt),
 * laid out as an A4 page; `@media print` in app.css leaves only this sheet on paper.
 */
export function DeclarationReceipt({ declaration: d }: DeclarationReceiptProps) {
  const { t } = useTranslation();
  const accepted = d.events.filter((e) => e.action === 'accept').at(-1);
  const authority = accepted?.actorOrganisationName ?? t('common.empty');
  const kind = t(`declarationKinds.${d.kind}`);
  // The number and code travel in the link, so following it (or a code scanned from it) shows the answer at once.
  const verifyUrl = `${window.location.origin}${PATHS.verifyReceipt}?${new URLSearchParams({ number: d.receiptNumber ?? '', code: d.receiptCode ?? '' }).toString()}`;
  const rows: [string, string, string?][] = [
    [t('declarations.receipt.employerName'), d.employerName],
    [t('declarations.receipt.uscc'), d.uscc ?? t('common.empty'), 'mono'],
    [t('declarations.receipt.region'), d.regionName ?? d.regionCode],
    [t('declarations.receipt.kind'), kind],
    [t('declarations.receipt.submittedAt'), formatDate(d.submittedAt)],
    [t('declarations.receipt.acceptedAt'), formatDate(d.acceptedAt)],
    [t('declarations.receipt.number'), d.receiptNumber ?? t('common.empty'), 'mono'],
    [t('declarations.receipt.code'), d.receiptCode ?? t('common.empty'), 'mono'],
  ];

  return (
    <article className="ohnet-receipt" data-testid="declaration-receipt">
      <div className="ohnet-receipt-number">
        {t('declarations.receipt.numberPrefix')}
        <span data-testid="receipt-number">{d.receiptNumber}</span>
      </div>
      <h1 className="ohnet-receipt-title">{t('declarations.receipt.title')}</h1>
      <p className="ohnet-receipt-body">
        <span className="ohnet-receipt-addressee">{t('declarations.receipt.addressee', { name: d.employerName })}</span>
        <br />
        {t('declarations.receipt.text', { submitted: formatDate(d.submittedAt), kind })}
      </p>
      <table className="ohnet-receipt-table">
        <tbody>
          {rows.map(([label, value, style]) => (
            <tr key={label}>
              <th>{label}</th>
              <td className={style === 'mono' ? 'ohnet-receipt-mono' : undefined}>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="ohnet-receipt-sign">
        <div>
          {t('declarations.receipt.authority')}
          <span data-testid="receipt-authority">{authority}</span>
        </div>
        <div className="ohnet-receipt-seal">{t('declarations.receipt.seal')}</div>
        <div>{formatDate(d.acceptedAt)}</div>
      </div>
      <div className="ohnet-receipt-note">
        <div className="ohnet-receipt-note-text">
          <div>{t('declarations.receipt.note')}</div>
          <div className="ohnet-receipt-mono ohnet-receipt-link">{verifyUrl}</div>
        </div>
        <QRCode value={verifyUrl} size={96} bordered={false} type="svg" data-testid="receipt-qr" />
      </div>
    </article>
  );
}
