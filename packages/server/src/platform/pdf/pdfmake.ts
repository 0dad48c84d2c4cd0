import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * pdfmake on the server with embedded Chinese fonts: Noto Sans SC (OFL-1.1, package
 * @embedpdf/fonts-sc) under the font name `NotoSansSC`. A document may read nothing but those font
 * files and fetches no URL. Used by the declaration receipt and the plan evaluation reports.
 */
const require = createRequire(import.meta.url);

interface PdfDocument {
  getBuffer(): Promise<Buffer>;
}
interface PdfMake {
  setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
  setUrlAccessPolicy(callback: (url: string) => boolean): void;
  setLocalAccessPolicy(callback: (file: string) => boolean): void;
  createPdf(doc: Record<string, unknown>): PdfDocument;
}

export const PDF_FONT = 'NotoSansSC';

let pdfmake: PdfMake | null = null;
function engine(): PdfMake {
  if (pdfmake) return pdfmake;
  // The package exports only its entry (dist/); the font files sit beside it in fonts/.
  const fontsDir = path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
  const regular = path.join(fontsDir, 'NotoSansHans-Regular.otf');
  const bold = path.join(fontsDir, 'NotoSansHans-Bold.otf');
  const engineInstance = require('pdfmake') as PdfMake;
  engineInstance.setFonts({ [PDF_FONT]: { normal: regular, bold, italics: regular, bolditalics: bold } });
  engineInstance.setUrlAccessPolicy(() => false);
  engineInstance.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontsDir));
  pdfmake = engineInstance;
  return engineInstance;
}

/** Renders a pdfmake document definition to PDF bytes. */
export function renderPdf(doc: Record<string, unknown>): Promise<Buffer> {
  return engine().createPdf(doc).getBuffer();
}
