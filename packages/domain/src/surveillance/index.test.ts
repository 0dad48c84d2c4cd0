import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as domain from '../index.ts';
import * as surveillance from './index.ts';

describe('surveillance public API (@ohnet/domain)', () => {
  it('is re-exported by the package entry point as the same values', () => {
    for (const [key, value] of Object.entries(surveillance)) {
      assert.equal((domain as Record<string, unknown>)[key], value, key);
    }
  });

  it('exposes the calculators behind POST /api/v1/calc/exam-plan, /hearing and /dose-check', () => {
    for (const name of ['examPlan', 'hearingAssessment', 'doseCheck', 'pneumoconiosisStaging', 'declarationDeadlines', 'periodicTestingDeadlines', 'examReportDeadlines']) {
      assert.equal(typeof (surveillance as Record<string, unknown>)[name], 'function', name);
    }
  });

  it('summarises every rule pack with edition, dates, source, rows loaded vs official and rows verified', () => {
    const rows = surveillance.surveillanceRulePackSummary();
    const by = (id: string, edition: string) => rows.find((r) => r.packId === id && r.edition === edition)!;
    assert.deepEqual(
      rows.map((r) => `${r.packId}/${r.edition}`),
      [
        'gbz188-surveillance/2014',
        'gbz188-surveillance/2025',
        'gbz49-age-sex-correction/2014',
        'gbz70-staging/2015',
        'gb18871-occupational-dose-limits/2002',
        'legal-clocks/2012',
        'legal-clocks/2022',
        'legal-clocks/2021',
        'legal-clocks/2019',
      ],
    );
    assert.deepEqual(
      { from: by('gbz188-surveillance', '2014').effectiveFrom, to: by('gbz188-surveillance', '2014').effectiveTo, rows: by('gbz188-surveillance', '2014').rowsLoaded },
      { from: '2014-10-01', to: '2026-08-01', rows: 48 },
    );
    assert.equal(by('gbz188-surveillance', '2025').effectiveFrom, '2026-08-01');
    assert.equal(by('gbz188-surveillance', '2025').rowsLoaded, 41);
    assert.equal(by('gbz188-surveillance', '2025').rowsVerified, 0);
    assert.equal(by('legal-clocks', '2021').rowsVerified, 3);
    for (const r of rows) assert.ok(r.source.length > 0 && r.rowsVerified <= r.rowsLoaded, r.packId);
  });
});
