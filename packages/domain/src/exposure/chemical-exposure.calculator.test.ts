import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { httpStatusOf } from '../errors/errors.ts';
import { chemicalExposure, chemicalMixtureExposure } from './chemical-exposure.calculator.ts';
import { exposureFailureToError } from './exposure-results.ts';
import { computeCm, computeCste, computeCtwa8h } from './exposure-samples.ts';
import { gbz21ChemicalPack } from './oel.rule-pack.ts';

const DATE = '2024-06-01'; // GBZ 2.1-2019 in force; after the reported dates of 第1号修改单 (2022-11), before 第2号 (2025-05-01)

function ok<T extends { status: string }>(r: T): Extract<T, { status: 'ok' }> {
  assert.equal(r.status, 'ok', JSON.stringify(r));
  return r as Extract<T, { status: 'ok' }>;
}

describe('sampling arithmetic (GBZ 159-2004 formulas)', () => {
  it('C_TWA of a three-sample shift: (40×180 + 60×180 + 20×120)/480 = 42.5', () => {
    const { ctwa, sampling } = computeCtwa8h([
      { concentration: 40, minutes: 180 },
      { concentration: 60, minutes: 180 },
      { concentration: 20, minutes: 120 },
    ]);
    assert.equal(ctwa, 42.5);
    assert.deepEqual(sampling, { sampledMinutes: 480, unsampledMinutes: 0, extendedShift: false });
  });

  it('samples covering 240 min: the other 240 min count as zero (100×240/480 = 50)', () => {
    const { ctwa, sampling } = computeCtwa8h([{ concentration: 100, minutes: 240 }]);
    assert.equal(ctwa, 50);
    assert.equal(sampling.unsampledMinutes, 240);
  });

  it('a 10 h shift is still divided by 480 min (45×600/480 = 56.25) and flagged extendedShift', () => {
    const { ctwa, sampling } = computeCtwa8h([{ concentration: 45, minutes: 600 }]);
    assert.equal(ctwa, 56.25);
    assert.equal(sampling.extendedShift, true);
  });

  it('C_STE = max C·T/15 (a 10-min sample at 120 counts as 80); C_M = max of peak and short-term samples', () => {
    assert.equal(computeCste([{ concentration: 120, minutes: 10 }, { concentration: 90, minutes: 15 }]), 90);
    assert.equal(computeCste([]), null);
    assert.equal(computeCm([{ concentration: 3 }], [{ concentration: 5, minutes: 15 }]), 5);
    assert.equal(computeCm([]), null);
  });
});

describe('chemicalExposure — PC-TWA / PC-STEL (GBZ 2.1-2019 §6.3.2) and MAC (§6.3.1)', () => {
  it('toluene, three-sample shift C_TWA 42.5 ≤ 50 and C_STE 80 ≤ 100 → compliant', () => {
    const r = ok(
      chemicalExposure({
        factor: '甲苯',
        samples: [
          { concentration: 40, minutes: 180 },
          { concentration: 60, minutes: 180 },
          { concentration: 20, minutes: 120 },
        ],
        shortTermSamples: [{ concentration: 80, minutes: 15 }],
        date: DATE,
      }),
    );
    assert.equal(r.ctwa, 42.5);
    assert.equal(r.cste, 80);
    assert.deepEqual(r.limits, { mac: null, pcTwa: 50, pcStel: 100 });
    assert.deepEqual(r.checks, { twa: 'compliant', stel: 'compliant', mac: 'not_applicable', peak: 'not_applicable' });
    assert.equal(r.compliant, true);
    assert.equal(r.complete, true);
    assert.match(r.citation, /GBZ 2\.1-2019 表1/);
    assert.match(r.citation, /GBZ 2\.1-2019 §6\.3\.2/);
    assert.equal(r.verified, false); // toluene's row is from memory in the reference data
  });

  it('toluene C_STE 120 > 100 → stel exceeds, not compliant', () => {
    const r = ok(chemicalExposure({ factor: '108-88-3', samples: [{ concentration: 30, minutes: 480 }], shortTermSamples: [{ concentration: 120, minutes: 15 }], date: DATE }));
    assert.equal(r.checks.stel, 'exceeds');
    assert.equal(r.compliant, false);
  });

  it('toluene with only full-shift samples: STEL not evaluated → complete false', () => {
    const r = ok(chemicalExposure({ factor: '甲苯', samples: [{ concentration: 30, minutes: 480 }], date: DATE }));
    assert.equal(r.compliant, true);
    assert.equal(r.complete, false);
    assert.deepEqual(r.notEvaluated, ['stel']);
    assert.equal(r.checks.stel, 'not_applicable');
  });

  it('long shift: 45 mg/m³ for 600 min → C_TWA 56.25 > 50, flagged extendedShift', () => {
    const r = ok(chemicalExposure({ factor: '甲苯', samples: [{ concentration: 45, minutes: 600 }], date: DATE }));
    assert.equal(r.checks.twa, 'exceeds');
    assert.equal(r.sampling?.extendedShift, true);
  });

  it('formaldehyde (MAC 0.5 only): C_M 0.6 exceeds (§6.3.1); full-shift samples alone leave MAC unevaluated', () => {
    const r = ok(chemicalExposure({ factor: '甲醛', peakSamples: [{ concentration: 0.3 }, { concentration: 0.6 }], date: DATE }));
    assert.equal(r.cm, 0.6);
    assert.equal(r.checks.mac, 'exceeds');
    assert.equal(r.checks.twa, 'not_applicable');
    assert.match(r.citation, /§6\.3\.1/);
    const onlyTwa = ok(chemicalExposure({ factor: '甲醛', samples: [{ concentration: 0.1, minutes: 480 }], date: DATE }));
    assert.equal(onlyTwa.checks.twa, 'not_applicable');
    assert.deepEqual(onlyTwa.notEvaluated, ['mac']);
  });

  it('unit follows the row: 二噁英类 is in pgTEQ/m³', () => {
    const r = ok(chemicalExposure({ factor: '二噁英类化合物', samples: [{ concentration: 20, minutes: 480 }], date: DATE }));
    assert.equal(r.unit, 'pgTEQ/m³');
    assert.equal(r.checks.twa, 'compliant');
  });
});

describe('chemicalExposure — benzene and the reported 第1号修改单 (PC-TWA 6→3, PC-STEL 10→6), unconfirmed', () => {
  const input = { factor: '苯', samples: [{ concentration: 4, minutes: 480 }], shortTermSamples: [{ concentration: 7, minutes: 15 }], date: DATE };

  it('by default uses the printed 2019 values (6/10): compliant, and says the amendment would flip it', () => {
    const r = ok(chemicalExposure(input));
    assert.deepEqual(r.limits, { mac: null, pcTwa: 6, pcStel: 10 });
    assert.equal(r.compliant, true);
    assert.deepEqual(r.limitsBasis, { edition: 'GBZ 2.1-2019', amendment: null });
    assert.deepEqual(r.amendmentsApplied, []);
    assert.equal(r.amendmentsNotApplied.length, 1);
    const na = r.amendmentsNotApplied[0];
    assert.equal(na?.amendment, 'GBZ 2.1-2019 第1号修改单');
    assert.equal(na?.reason, 'unconfirmed_not_opted_in');
    assert.deepEqual(na?.limits, { pcTwa: 3, pcStel: 6 });
    assert.equal(na?.wouldChangeCompliance, true);
    assert.equal(r.citation.includes('第1号修改单'), false);
  });

  it('with applyReportedAmendments uses 3/6: both checks exceed, cites the amendment, verified false', () => {
    const r = ok(chemicalExposure({ ...input, applyReportedAmendments: true }));
    assert.deepEqual(r.limits, { mac: null, pcTwa: 3, pcStel: 6 });
    assert.deepEqual(r.checks, { twa: 'exceeds', stel: 'exceeds', mac: 'not_applicable', peak: 'not_applicable' });
    assert.equal(r.limitsBasis.amendment, '第1号修改单');
    assert.equal(r.amendmentsApplied[0]?.basis, 'caller_opt_in');
    assert.equal(r.amendmentsApplied[0]?.appliedFrom, '2022-11-01');
    assert.match(r.citation, /GBZ 2\.1-2019 \(第1号修改单\) 表1 序号12/);
    assert.equal(r.verified, false);
  });

  it('opting in does not apply the amendment before its reported date', () => {
    const r = ok(chemicalExposure({ ...input, date: '2022-06-01', applyReportedAmendments: true }));
    assert.equal(r.limits.pcTwa, 6);
    assert.equal(r.amendmentsNotApplied[0]?.reason, 'not_in_force_on_date');
  });
});

describe('chemicalExposure — 乙草胺, added only by the reported 第2号修改单', () => {
  it('without opting in → ruleAvailable false, reason amendment_not_applied, no number', () => {
    const r = chemicalExposure({ factor: '乙草胺', samples: [{ concentration: 0.1, minutes: 480 }], date: '2025-06-01' });
    assert.equal(r.status, 'rule_unavailable');
    assert.equal(r.status === 'rule_unavailable' && r.reason, 'amendment_not_applied');
    assert.equal(r.status === 'rule_unavailable' && r.ruleAvailable, false);
    assert.match(r.status === 'rule_unavailable' ? r.citation : '', /第2号修改单/);
  });

  it('opted in on or after 2025-05-01 → evaluated against PC-TWA 0.12, unverified', () => {
    const r = ok(chemicalExposure({ factor: '34256-82-1', samples: [{ concentration: 0.1, minutes: 480 }], date: '2025-06-01', applyReportedAmendments: true }));
    assert.equal(r.limits.pcTwa, 0.12);
    assert.equal(r.checks.twa, 'compliant');
    assert.equal(r.limitsBasis.amendment, '第2号修改单');
    assert.equal(r.verified, false);
  });

  it('opted in but before the reported date → ruleAvailable false', () => {
    const r = chemicalExposure({ factor: '乙草胺', samples: [{ concentration: 0.1, minutes: 480 }], date: '2025-01-01', applyReportedAmendments: true });
    assert.equal(r.status, 'rule_unavailable');
  });
});

describe('chemicalExposure — peak exposure for factors with only a PC-TWA (GBZ 2.1-2019 §6.3.3)', () => {
  // 三氯乙烯: PC-TWA 30 only → excursion threshold 90 (3×), ceiling 150 (5×).
  const twa = [{ concentration: 20, minutes: 480 }];

  it('a peak sample of 160 > 5 × 30 → peak exceeds although C_TWA complies', () => {
    const r = ok(chemicalExposure({ factor: '三氯乙烯', samples: twa, peakSamples: [{ concentration: 160 }], date: DATE }));
    assert.equal(r.checks.twa, 'compliant');
    assert.equal(r.checks.peak, 'exceeds');
    assert.deepEqual(r.peak?.violations, ['above_peak_limit']);
    assert.equal(r.peak?.peakLimit, 150);
    assert.equal(r.peak?.excursionThreshold, 90);
    assert.equal(r.compliant, false);
    assert.match(r.citation, /GBZ 2\.1-2019 §6\.3\.3/);
  });

  it('five 15-min excursions above 3 × PC-TWA (max 4 a shift) → exceeds', () => {
    const shortTermSamples = Array.from({ length: 5 }, () => ({ concentration: 100, minutes: 15 }));
    const r = ok(chemicalExposure({ factor: '三氯乙烯', samples: twa, shortTermSamples, date: DATE }));
    assert.equal(r.peak?.excursionCount, 5);
    assert.equal(r.peak?.excursionTimingChecked, false);
    assert.deepEqual(r.peak?.violations, ['too_many_excursions']);
  });

  it('excursions 25 min apart (< 1 h) → exceeds; back-to-back samples make a 30-min excursion (> 15 min) → exceeds', () => {
    const close = ok(
      chemicalExposure({
        factor: '三氯乙烯',
        samples: twa,
        shortTermSamples: [
          { concentration: 100, minutes: 15, startMinute: 60 },
          { concentration: 100, minutes: 15, startMinute: 100 },
        ],
        date: DATE,
      }),
    );
    assert.deepEqual(close.peak?.violations, ['excursions_too_close']);
    const long = ok(
      chemicalExposure({
        factor: '三氯乙烯',
        samples: twa,
        shortTermSamples: [
          { concentration: 100, minutes: 15, startMinute: 60 },
          { concentration: 100, minutes: 15, startMinute: 75 },
        ],
        date: DATE,
      }),
    );
    assert.equal(long.peak?.excursionCount, 1);
    assert.deepEqual(long.peak?.violations, ['excursion_too_long']);
  });

  it('three 15-min excursions at 120 (between 3× and 5×), 2 h apart → compliant', () => {
    const r = ok(
      chemicalExposure({
        factor: '三氯乙烯',
        samples: twa,
        shortTermSamples: [60, 180, 300].map((startMinute) => ({ concentration: 120, minutes: 15, startMinute })),
        date: DATE,
      }),
    );
    assert.equal(r.checks.peak, 'compliant');
    assert.equal(r.peak?.excursionCount, 3);
    assert.equal(r.peak?.excursionTimingChecked, true);
    assert.equal(r.compliant, true);
    assert.equal(r.complete, true);
  });

  it('factors with a PC-STEL are not subject to the peak rule', () => {
    const r = ok(chemicalExposure({ factor: '甲苯', samples: twa, peakSamples: [{ concentration: 400 }], date: DATE }));
    assert.equal(r.checks.peak, 'not_applicable');
    assert.equal(r.peak, null);
  });

  it('lead dust (verified row, PC-TWA 0.05): without peak data verified is true; the unverified §6.3.3 rule makes it false', () => {
    const plain = ok(chemicalExposure({ factor: '铅尘', samples: [{ concentration: 0.04, minutes: 480 }], date: DATE }));
    assert.equal(plain.verified, true);
    assert.deepEqual(plain.notEvaluated, ['peak']);
    const withPeak = ok(chemicalExposure({ factor: '铅尘', samples: [{ concentration: 0.04, minutes: 480 }], peakSamples: [{ concentration: 0.2 }], date: DATE }));
    assert.equal(withPeak.checks.peak, 'compliant');
    assert.equal(withPeak.verified, false);
  });
});

describe('chemicalExposure — lookup failures, null limits and invalid input', () => {
  it('unknown factor → calc.unknown_factor, mapped to a 422 OhnetError', () => {
    const r = chemicalExposure({ factor: '不存在的物质', samples: [{ concentration: 1, minutes: 480 }], date: DATE });
    assert.equal(r.status, 'unknown_factor');
    if (r.status !== 'unknown_factor') return;
    assert.equal(r.code, 'calc.unknown_factor');
    const err = exposureFailureToError(r);
    assert.equal(err.code, 'calc.unknown_factor');
    assert.equal(httpStatusOf(err.kind), 422);
    assert.deepEqual(err.toBody().details, { issues: [{ path: 'factor', code: 'calc.unknown_factor', message: r.message }] });
  });

  it('a dust sent to the chemical calculator is unknown in 表1, with a hint', () => {
    const r = chemicalExposure({ factor: '电焊烟尘', samples: [{ concentration: 1, minutes: 480 }], date: DATE });
    assert.equal(r.status, 'unknown_factor');
    assert.match(r.status === 'unknown_factor' ? r.message : '', /dustExposure/);
  });

  it('一氧化碳 matches three altitude rows → ambiguous_factor listing them', () => {
    const r = chemicalExposure({ factor: '一氧化碳', samples: [{ concentration: 1, minutes: 480 }], date: DATE });
    assert.equal(r.status, 'ambiguous_factor');
    assert.equal(r.status === 'ambiguous_factor' && r.candidates.length, 3);
  });

  it('before GBZ 2.1-2019 took effect (2020-04-01) → ruleAvailable false (GBZ 2.1-2007 not loaded)', () => {
    const r = chemicalExposure({ factor: '甲苯', samples: [{ concentration: 1, minutes: 480 }], date: '2020-03-31' });
    assert.equal(r.status === 'rule_unavailable' && r.reason, 'no_edition_in_force');
  });

  it('a limit the standard sets but the data hold as null → ruleAvailable false, never a number', () => {
    const row = gbz21ChemicalPack.editions[0]?.rows.find((x) => x.name === '甲苯') as { pcStel: number | null } | undefined;
    assert.ok(row);
    const saved = row.pcStel;
    row.pcStel = null; // simulate an untranscribed value
    try {
      const r = chemicalExposure({ factor: '甲苯', samples: [{ concentration: 30, minutes: 480 }], shortTermSamples: [{ concentration: 50, minutes: 15 }], date: DATE });
      assert.equal(r.status, 'rule_unavailable');
      assert.equal(r.status === 'rule_unavailable' && r.reason, 'limit_not_available');
      assert.equal('ctwa' in r, false);
      // Without short-term samples the missing PC-STEL is not needed: TWA is evaluated, STEL listed as not evaluated.
      const twaOnly = ok(chemicalExposure({ factor: '甲苯', samples: [{ concentration: 30, minutes: 480 }], date: DATE }));
      assert.deepEqual(twaOnly.notEvaluated, ['stel']);
    } finally {
      row.pcStel = saved;
    }
  });

  it('rejects negative concentration, zero duration, > 1440 min, > 15 min short-term samples, empty and missing samples', () => {
    const paths = (r: ReturnType<typeof chemicalExposure>) => (r.status === 'invalid' ? r.issues.map((i) => `${i.path}:${i.code}`) : [r.status]);
    assert.deepEqual(paths(chemicalExposure({ factor: '甲苯', samples: [{ concentration: -1, minutes: 480 }] })), ['samples.0.concentration:calc.negative']);
    assert.deepEqual(paths(chemicalExposure({ factor: '甲苯', samples: [{ concentration: 1, minutes: 0 }] })), ['samples.0.minutes:calc.not_positive']);
    assert.deepEqual(
      paths(chemicalExposure({ factor: '甲苯', samples: [{ concentration: 1, minutes: 1000 }, { concentration: 1, minutes: 500 }] })),
      ['samples:calc.exceeds_day'],
    );
    assert.deepEqual(paths(chemicalExposure({ factor: '甲苯', shortTermSamples: [{ concentration: 1, minutes: 20 }] })), ['shortTermSamples.0.minutes:calc.out_of_range']);
    assert.deepEqual(paths(chemicalExposure({ factor: '甲苯', samples: [] })), ['samples:calc.empty']);
    assert.deepEqual(paths(chemicalExposure({ factor: '甲苯' })), ['samples:calc.required']);
    assert.deepEqual(paths(chemicalExposure({ factor: ' ', samples: [{ concentration: 1, minutes: 60 }] })), ['factor:calc.required']);
  });
});

describe('chemicalMixtureExposure — additive rule Σ C_i/L_i ≤ 1 (GBZ 2.1-2019 混合接触比值)', () => {
  it('toluene 30 + xylene 30 (each ≤ PC-TWA 50): 0.6 + 0.6 = 1.2 > 1 → exceeds', () => {
    const r = ok(chemicalMixtureExposure({ components: [{ factor: '甲苯', ctwa: 30 }, { factor: '二甲苯', ctwa: 30 }], date: DATE }));
    assert.ok(r.indices.twa);
    assert.ok(Math.abs((r.indices.twa?.sum ?? 0) - 1.2) < 1e-12);
    assert.equal(r.indices.twa?.status, 'exceeds');
    assert.equal(r.indices.stel, null);
    assert.equal(r.compliant, false);
    assert.equal(r.additivityBasis, 'declared_by_caller');
    // The reference data hold no critical effect for toluene or xylene: the caller's declaration is the basis.
    assert.deepEqual(r.criticalEffectUnknown, ['甲苯', '二甲苯（全部异构体）']);
    assert.match(r.citation, /混合接触比值/);
    assert.equal(r.verified, false);
  });

  it('toluene 20 + xylene 20: 0.4 + 0.4 = 0.8 ≤ 1 → compliant; STEL index computed separately', () => {
    const r = ok(
      chemicalMixtureExposure({
        components: [
          { factor: '甲苯', ctwa: 20, cste: 60 },
          { factor: '二甲苯', ctwa: 20, cste: 50 },
        ],
        date: DATE,
      }),
    );
    assert.equal(r.indices.twa?.status, 'compliant');
    assert.ok(Math.abs((r.indices.stel?.sum ?? 0) - 1.1) < 1e-12);
    assert.equal(r.indices.stel?.status, 'exceeds');
    assert.equal(r.compliant, false);
  });

  it('shared critical-effect terms come from the data when every component has one (lead dust + fume)', () => {
    const r = ok(chemicalMixtureExposure({ components: [{ factor: '铅尘', ctwa: 0.02 }, { factor: '铅烟', ctwa: 0.01 }], date: DATE }));
    assert.ok(r.sharedCriticalEffects.includes('血液学效应'));
    assert.equal(r.indices.twa?.status, 'compliant');
  });

  it('a benzene component reports the not-applied amendment and whether it would flip the result', () => {
    const r = ok(chemicalMixtureExposure({ components: [{ factor: '苯', ctwa: 2 }, { factor: '甲苯', ctwa: 20 }], date: DATE }));
    // 2/6 + 20/50 = 0.733 ≤ 1; with 3 mg/m³: 2/3 + 0.4 = 1.067 > 1
    assert.equal(r.compliant, true);
    assert.equal(r.amendmentsNotApplied[0]?.wouldChangeCompliance, true);
  });

  it('rejects one component, duplicates, components without measurements; unknown factors name their path', () => {
    assert.equal(chemicalMixtureExposure({ components: [{ factor: '甲苯', ctwa: 1 }] }).status, 'invalid');
    const dup = chemicalMixtureExposure({ components: [{ factor: '甲苯', ctwa: 1 }, { factor: '108-88-3', ctwa: 1 }], date: DATE });
    assert.equal(dup.status === 'invalid' && dup.issues[0]?.code, 'calc.duplicate_factor');
    const none = chemicalMixtureExposure({ components: [{ factor: '甲苯' }, { factor: '二甲苯', ctwa: 1 }] });
    assert.equal(none.status === 'invalid' && none.issues[0]?.path, 'components.0');
    const unknown = chemicalMixtureExposure({ components: [{ factor: '甲苯', ctwa: 1 }, { factor: 'xyz', ctwa: 1 }], date: DATE });
    assert.equal(unknown.status === 'unknown_factor' && unknown.path, 'components.1.factor');
  });
});
