import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { todayCst } from '@ohnet/domain';
import { auditLog } from '../../platform/audit/audit.table.ts';
import { type Session, type TestApp, createTestApp } from '../../testing/test-app.ts';
import { planReports } from './indicators.table.ts';
import type { PlanReportSnapshot } from './plan-report.model.ts';

const TAISHAN_PLAN = '440781-2021-2025';
const UNKNOWN_REPORT = '00000000-0000-4000-8000-000000000000';

/** Renders the first page to PNG when poppler is installed (OHNET_REPORT_PNG_DIR keeps it for a look). */
function firstPagePng(pdf: Buffer): Buffer | null {
  const dir = process.env.OHNET_REPORT_PNG_DIR ?? mkdtempSync(path.join(tmpdir(), 'plan-report-'));
  const file = path.join(dir, 'report.pdf');
  writeFileSync(file, pdf);
  try {
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, path.join(dir, 'page')]);
  } catch {
    return null;
  }
  const png = readdirSync(dir).find((f) => f.startsWith('page') && f.endsWith('.png'));
  return png ? readFileSync(path.join(dir, png)) : null;
}

describe('plan evaluation reports: generate (PDF + Excel, stored with the snapshot), list, download', () => {
  let t: TestApp;
  let county: Session;
  let city: Session;
  let neighbour: Session;
  let cdc: Session;
  let employer: Session;
  let reportId: string;

  const generate = (s: Session | null, body: Record<string, unknown>, planId = TAISHAN_PLAN) => t.request(s, { method: 'POST', url: `/api/v1/plans/${planId}/reports`, payload: body });

  before(async () => {
    t = await createTestApp();
    county = await t.login('ts.weijian');
    city = await t.login('jm.weijian');
    neighbour = await t.login('kp.weijian');
    cdc = await t.login('ts.cdc');
    employer = await t.login('ts.qiye');
  });
  after(() => t.close());

  it('401 without a session, 403 without plan:write or indicator:read', async () => {
    assert.equal((await generate(null, { kind: 'mid_term' })).statusCode, 401);
    assert.equal((await t.request(null, { method: 'GET', url: `/api/v1/plans/${TAISHAN_PLAN}/reports` })).statusCode, 401);
    const byCdc = await generate(cdc, { kind: 'mid_term' });
    assert.equal(byCdc.statusCode, 403, byCdc.body);
    assert.equal((await t.request(employer, { method: 'GET', url: `/api/v1/plans/${TAISHAN_PLAN}/reports` })).statusCode, 403);
    assert.equal((await t.request(employer, { method: 'GET', url: `/api/v1/plan-reports/${UNKNOWN_REPORT}/pdf` })).statusCode, 403);
  });

  it('422 for an unknown kind and an impossible date, naming the field', async () => {
    const badKind = await generate(county, { kind: 'annual' });
    assert.equal(badKind.statusCode, 422, badKind.body);
    assert.match(badKind.body, /kind/);
    const badDate = await generate(county, { kind: 'mid_term', asOf: '2025-13-01' });
    assert.equal(badDate.statusCode, 422, badDate.body);
    assert.match(badDate.body, /asOf/);
  });

  it('404 for a plan outside the jurisdiction, an unknown plan and an unknown report', async () => {
    assert.equal((await generate(neighbour, { kind: 'mid_term' })).statusCode, 404);
    assert.equal((await generate(county, { kind: 'mid_term' }, 'no-such-plan')).statusCode, 404);
    assert.equal((await t.request(neighbour, { method: 'GET', url: `/api/v1/plans/${TAISHAN_PLAN}/reports` })).statusCode, 404);
    assert.equal((await t.request(county, { method: 'GET', url: `/api/v1/plan-reports/${UNKNOWN_REPORT}/xlsx` })).statusCode, 404);
  });

  it('generates the mid-term report from the data on asOf, stores PDF, workbook and snapshot, and audits it', async () => {
    const res = await generate(county, { kind: 'mid_term' });
    assert.equal(res.statusCode, 201, res.body);
    const report = res.json() as { id: string; kind: string; asOf: string; counts: { entries: number; notComputed: number } };
    reportId = report.id;
    assert.equal(report.kind, 'mid_term');
    assert.equal(report.asOf, todayCst());

    // The snapshot is the plan service's evaluation on that date: same entries, same statuses.
    const plan = (await t.request(county, { method: 'GET', url: `/api/v1/plans/${TAISHAN_PLAN}?asOf=${report.asOf}` })).json() as { entries: { indicatorId: string; status: string; value: { value: number } | null }[] };
    const [row] = await t.db.select().from(planReports).where(eq(planReports.id, reportId));
    const snapshot = row!.snapshot as unknown as PlanReportSnapshot;
    assert.equal(snapshot.entries.length, plan.entries.length);
    assert.equal(report.counts.entries, plan.entries.length);
    assert.deepEqual(
      snapshot.entries.map((e) => [e.indicatorId, e.status, e.value]),
      plan.entries.map((e) => [e.indicatorId, e.status, e.value?.value ?? null]),
    );
    // Not computed stays without a number.
    for (const e of snapshot.entries.filter((x) => x.status === 'not_computed' && x.source === null)) assert.equal(e.value, null);
    assert.ok(report.counts.notComputed > 0, 'the Taishan plan lists indicators no module computes');
    // Every computed indicator has its trend from the baseline year and its child-region table.
    const computed = snapshot.entries.filter((e) => e.source === 'computed');
    assert.ok(computed.length > 0);
    assert.equal(snapshot.trends.length, snapshot.children.length);
    for (const tr of snapshot.trends) assert.deepEqual([tr.points[0]?.year, tr.points.at(-1)?.year], [2020, Number(report.asOf.slice(0, 4))], 'from the baseline year to the snapshot year');
    assert.equal(snapshot.plan.dueBy, '2024-02-15', 'the mid-term date of the Taishan plan');

    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'plan_report.generate'), eq(auditLog.entityId, reportId)));
    assert.ok(audit, 'generation is audited');
  });

  it('lists the reports and serves the PDF (Chinese text, one page at least) and the workbook', async () => {
    const list = (await t.request(city, { method: 'GET', url: `/api/v1/plans/${TAISHAN_PLAN}/reports` })).json() as { items: { id: string }[] };
    assert.equal(list.items[0]?.id, reportId);

    const pdf = await t.request(city, { method: 'GET', url: `/api/v1/plan-reports/${reportId}/pdf` });
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.match(String(pdf.headers['content-disposition']), /attachment; filename\*=UTF-8''.+\.pdf/);
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
    assert.ok(pdf.rawPayload.includes('NotoSans'), 'the Chinese font is embedded');
    const png = firstPagePng(pdf.rawPayload);
    if (png) assert.ok(png.length > 5_000, 'the first page renders');

    const xlsx = await t.request(county, { method: 'GET', url: `/api/v1/plan-reports/${reportId}/xlsx` });
    assert.equal(xlsx.statusCode, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    assert.deepEqual(
      workbook.worksheets.map((w) => w.name),
      ['说明', '指标评估', '落后指标', '年度趋势', '下级地区对比'],
    );
    const [row] = await t.db.select().from(planReports).where(eq(planReports.id, reportId));
    const snapshot = row!.snapshot as unknown as PlanReportSnapshot;
    const table = workbook.getWorksheet('指标评估')!;
    assert.equal(table.rowCount, snapshot.entries.length + 1);
    assert.equal(workbook.getWorksheet('说明')!.getCell('B5').value, todayCst());
    const notComputedRow = snapshot.entries.findIndex((e) => e.status === 'not_computed' && e.source === null) + 2;
    assert.equal(table.getRow(notComputedRow).getCell('H').value, null, 'no number for a value not computed');
    assert.equal(table.getRow(notComputedRow).getCell('M').value, '未计算');

    // Outside the plan's readers: not found.
    assert.equal((await t.request(neighbour, { method: 'GET', url: `/api/v1/plan-reports/${reportId}/pdf` })).statusCode, 404);
  });
});
