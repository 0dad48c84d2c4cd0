import ExcelJS from 'exceljs';
import { DECLARATION_STATE_LABELS, EMPLOYER_ECONOMIC_TYPE_INFO, EMPLOYER_SIZE_CLASS_INFO, type EmployerEconomicType, type EmployerSizeClass } from '@ohnet/domain';
import type { Ctx } from '../../platform/http/actor.ts';
import type { EmployerFilter, EmployersRepository } from './employers.repository.ts';
import { presentEmployer } from './employers.service.ts';

const HAZARD_CLASS_LABEL: Record<string, string> = { severe: '严重', general: '一般' };

/**
 * The employer list as an Excel workbook (Chinese headers), streamed page by page from the database
 * so a province-sized list does not sit in memory twice.
 */
export async function exportEmployersXlsx(repo: EmployersRepository, ctx: Ctx, filter: EmployerFilter): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OHNet 职业健康一张网';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet('用人单位');
  sheet.columns = [
    { header: '单位名称', key: 'name', width: 36 },
    { header: '统一社会信用代码', key: 'uscc', width: 22 },
    { header: '所在区划', key: 'regionName', width: 30 },
    { header: '区划代码', key: 'regionCode', width: 12 },
    { header: '行业代码 (GB/T 4754-2017)', key: 'industryCode', width: 14 },
    { header: '门类', key: 'industrySection', width: 6 },
    { header: '职业病危害风险分类', key: 'hazardClass', width: 12 },
    { header: '企业规模', key: 'sizeClass', width: 10 },
    { header: '经济类型', key: 'economicType', width: 16 },
    { header: '职工人数', key: 'staffCount', width: 10 },
    { header: '劳务派遣人数', key: 'dispatchedWorkerCount', width: 12 },
    { header: '接害人数', key: 'exposedWorkers', width: 10 },
    { header: '危害因素类别', key: 'hazardCategories', width: 28 },
    { header: '职业卫生管理人员', key: 'ohManagerName', width: 14 },
    { header: '联系电话', key: 'ohManagerPhone', width: 16 },
    { header: '申报状态', key: 'declaration', width: 10 },
    { header: '状态', key: 'status', width: 8 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for await (const rows of repo.all(ctx.actor, filter)) {
    for (const r of rows.map(presentEmployer)) {
      sheet.addRow({
        ...r,
        hazardClass: r.hazardClass ? HAZARD_CLASS_LABEL[r.hazardClass] : '',
        sizeClass: r.sizeClass ? (EMPLOYER_SIZE_CLASS_INFO[r.sizeClass as EmployerSizeClass]?.label ?? r.sizeClass) : '',
        economicType: r.economicType ? (EMPLOYER_ECONOMIC_TYPE_INFO[r.economicType as EmployerEconomicType]?.label ?? r.economicType) : '',
        hazardCategories: r.hazardCategories.join('、'),
        declaration: r.latestDeclarationState ? (DECLARATION_STATE_LABELS[r.latestDeclarationState] ?? r.latestDeclarationState) : '未申报',
        status: r.isActive ? '启用' : '停用',
      });
    }
  }
  sheet.autoFilter = { from: 'A1', to: { row: 1, column: sheet.columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
