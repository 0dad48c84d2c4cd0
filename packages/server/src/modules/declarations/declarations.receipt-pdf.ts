import { DECLARATION_FILING_KIND_LABELS, type DeclarationFilingKind, todayCst } from '@ohnet/domain';
import { PDF_FONT, renderPdf } from '../../platform/pdf/pdfmake.ts';

/** The declaration receipt (申报回执) as a PDF with embedded Chinese fonts (see platform/pdf). */
export interface ReceiptData {
  receiptNumber: string;
  receiptCode: string;
  employerName: string;
  uscc: string;
  regionName: string | null;
  kind: DeclarationFilingKind;
  acceptedAt: Date;
  authorityName: string;
  /** The public verification page with this receipt's number and code (printed and as a QR code). */
  verifyUrl: string;
}

export async function receiptPdf(r: ReceiptData): Promise<Buffer> {
  const row = (label: string, value: string) => [{ text: label, bold: true, fillColor: '#f2f5fa' }, { text: value }];
  const doc = {
    pageSize: 'A4',
    pageMargins: [56, 64, 56, 64],
    info: { title: `职业病危害项目申报回执 ${r.receiptNumber}`, creator: 'OHNet 职业健康一张网' },
    defaultStyle: { font: PDF_FONT, fontSize: 11, lineHeight: 1.4 },
    content: [
      { text: '职业病危害项目申报回执', fontSize: 20, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
      { text: `回执编号：${r.receiptNumber}`, alignment: 'center', margin: [0, 0, 0, 18] },
      {
        table: {
          widths: [130, '*'],
          body: [
            row('用人单位', r.employerName),
            row('统一社会信用代码', r.uscc),
            row('所在地区', r.regionName ?? ''),
            row('申报类型', DECLARATION_FILING_KIND_LABELS[r.kind]),
            row('受理日期', todayCst(r.acceptedAt)),
            row('受理部门', r.authorityName),
            row('校验码', r.receiptCode),
          ],
        },
        layout: { hLineColor: () => '#c8d1e0', vLineColor: () => '#c8d1e0' },
      },
      {
        text: '贵单位的职业病危害项目申报已受理。依据《职业病危害项目申报办法》，工作场所职业病危害因素发生重大变化等情形时应进行变更申报，并按规定每年更新申报。',
        margin: [0, 18, 0, 0],
      },
      { text: '可凭回执编号与校验码在职业健康一张网“回执核验”页面查验本回执的真实性，或扫描下方二维码查验：', margin: [0, 8, 0, 0], color: '#555555' },
      { qr: r.verifyUrl, fit: 110, margin: [0, 10, 0, 0] },
      { text: r.verifyUrl, fontSize: 8, color: '#555555', margin: [0, 4, 0, 0] },
      { text: `${r.authorityName}\n${todayCst(r.acceptedAt)}`, alignment: 'right', margin: [0, 40, 0, 0] },
    ],
  };
  return renderPdf(doc);
}
