import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as domain from '../index.ts';
import { editionOn } from '../rules/rule-pack.ts';
import * as exposure from './index.ts';
import { lookupOelFactor, normaliseOelFactorName } from './oel-factor.lookup.ts';
import { gbz21Amendments, gbz21ChemicalPack, gbz21DustPack, gbz21Edition2019, gbz21PeakExposureRule, oelAmendmentInForce } from './oel.rule-pack.ts';
import { gbz22PhysicalPack, noiseActionLevelPack } from './physical.rule-pack.ts';

describe('GBZ 2.1-2019 rule packs (oels.json)', () => {
  it('edition GBZ 2.1-2019 takes effect 2020-04-01 (国卫通〔2019〕10号)', () => {
    assert.equal(gbz21Edition2019.effectiveFrom, '2020-04-01');
    assert.equal(editionOn(gbz21ChemicalPack, '2020-03-31'), null);
    assert.ok(editionOn(gbz21ChemicalPack, '2020-04-01'));
  });

  it('表1: 95 rows of the 2019 printing (of 358 entries), 14 verified; 乙草胺 only in the 第2号修改单 layer', () => {
    const e = gbz21ChemicalPack.editions[0];
    assert.equal(e?.rows.length, 95);
    assert.equal(e?.officialRowCount, 358);
    assert.equal(e?.rows.filter((r) => r.verified).length, 14);
    assert.equal(e?.rows.some((r) => r.name === '乙草胺'), false);
    for (const r of e?.rows ?? []) {
      for (const t of r.limitTypes) assert.notEqual(r[t === 'MAC' ? 'mac' : t === 'PC-TWA' ? 'pcTwa' : 'pcStel'], null, `${r.name} ${t}`);
    }
  });

  it('表2: 48 dust rows, 10 verified', () => {
    const e = gbz21DustPack.editions[0];
    assert.equal(e?.rows.length, 48);
    assert.equal(e?.rows.filter((r) => r.verified).length, 10);
  });

  it('amendments are separate unconfirmed layers: 第1号 changes 苯 to 3/6; 第2号 adds 乙草胺 0.12', () => {
    const [amd1, amd2] = gbz21Amendments;
    assert.equal(amd1?.name, '第1号修改单');
    assert.equal(amd1?.effectiveFrom, null);
    assert.equal(amd1?.assumedEffectiveFrom, '2022-11-01');
    assert.deepEqual(amd1?.changes.map((c) => [c.rowName, c.tableSeq, c.pcTwa, c.pcStel]), [['苯', 12, 3, 6]]);
    assert.equal(amd1?.verified, false);
    assert.equal(amd2?.name, '第2号修改单');
    assert.equal(amd2?.assumedEffectiveFrom, '2025-05-01');
    assert.deepEqual(amd2?.addedRows.map((r) => [r.name, r.pcTwa, r.tableSeq, r.verified]), [['乙草胺', 0.12, 359, false]]);
    assert.deepEqual(amd2?.edition.amendments, ['第2号修改单']);
  });

  it('an unconfirmed amendment applies only on opt-in and from its reported date', () => {
    const amd1 = gbz21Amendments[0];
    assert.ok(amd1);
    assert.equal(oelAmendmentInForce(amd1, '2024-01-01', false), false);
    assert.equal(oelAmendmentInForce(amd1, '2024-01-01', true), true);
    assert.equal(oelAmendmentInForce(amd1, '2022-10-31', true), false);
    assert.equal(oelAmendmentInForce({ ...amd1, effectiveFrom: '2023-01-01' }, '2023-01-01', false), true);
  });

  it('§6.3.3 peak rule: 3× / 15 min / 4 times / 1 h apart / never above 5×, not marked verified', () => {
    assert.deepEqual(
      [gbz21PeakExposureRule.excursionMultiple, gbz21PeakExposureRule.maxExcursionMinutes, gbz21PeakExposureRule.maxExcursionsPerShift, gbz21PeakExposureRule.minMinutesBetweenExcursions, gbz21PeakExposureRule.peakMultiple],
      [3, 15, 4, 60, 5],
    );
    assert.equal(gbz21PeakExposureRule.verified, false);
  });
});

describe('GBZ 2.2-2007 physical pack and GBZ 188 action level', () => {
  it('26 rows: 2 noise limits, 3 impulse bands, 16 WBGT cells, 1 adjustment, 4 labour classes — all verified against the transcription', () => {
    const rows = gbz22PhysicalPack.editions[0]?.rows ?? [];
    const count = (k: string) => rows.filter((r) => r.kind === k).length;
    assert.deepEqual(
      [count('noise_limit'), count('impulse_noise_limit'), count('wbgt_limit'), count('wbgt_adjustment'), count('labour_intensity')],
      [2, 3, 16, 1, 4],
    );
    assert.ok(rows.every((r) => r.verified));
    assert.equal(gbz22PhysicalPack.editions[0]?.edition.effectiveFrom, '2007-11-01');
  });

  it('action level 80 dB(A): GBZ 188-2014 until 2026-07-31, GBZ 188-2025 from 2026-08-01, unverified', () => {
    assert.equal(editionOn(noiseActionLevelPack, '2026-07-31')?.edition.edition, '2014');
    assert.equal(editionOn(noiseActionLevelPack, '2026-08-01')?.edition.edition, '2025');
    assert.ok(noiseActionLevelPack.editions.every((e) => e.rows.every((r) => r.actionLevelDbA === 80 && !r.verified)));
  });
});

describe('lookupOelFactor — by Chinese name or CAS inside the OEL packs', () => {
  it('normalises full/half width, spaces and brackets', () => {
    assert.equal(normaliseOelFactorName('二甲苯 （全部异构体）'), '二甲苯(全部异构体)');
    assert.equal(normaliseOelFactorName('７１－４３－２'), '71-43-2');
    assert.equal(normaliseOelFactorName('沉淀SiO₂【白炭黑】'), '沉淀sio2(白炭黑)');
  });

  it('finds rows by printed name, derived name, synonym, English name and CAS', () => {
    const name = (q: string) => {
      const r = lookupOelFactor(q);
      return r.status === 'found' ? r.row.name : r.status;
    };
    assert.equal(name('苯'), '苯');
    assert.equal(name(' 甲 苯 '), '甲苯');
    assert.equal(name('二甲苯(全部异构体)'), '二甲苯（全部异构体）');
    assert.equal(name('二甲苯'), '二甲苯（全部异构体）');
    assert.equal(name('光气'), '碳酰氯（光气）');
    assert.equal(name('TDI'), '二异氰酸甲苯酯（TDI）');
    assert.equal(name('铅尘'), '铅及其无机化合物（按Pb计）—铅尘');
    assert.equal(name('金属汞'), '汞-金属汞（蒸气）');
    assert.equal(name('Paraquat'), '百草枯');
    assert.equal(name('７１－４３－２'), '苯');
    assert.equal(name('电焊烟尘'), '电焊烟尘');
    assert.equal(name('1,2-二氯乙烷'), '1,2-二氯乙烷');
  });

  it('keys shared by several rows are ambiguous; unknown names and CAS numbers are unknown', () => {
    const co = lookupOelFactor('一氧化碳');
    assert.equal(co.status, 'ambiguous');
    assert.equal(co.status === 'ambiguous' && co.candidates.length, 3);
    assert.equal(lookupOelFactor('630-08-0').status, 'ambiguous');
    assert.equal(lookupOelFactor('汞').status, 'ambiguous');
    assert.equal(lookupOelFactor('二氯乙烷').status, 'unknown'); // no partial matches on chemical names
    assert.equal(lookupOelFactor('99-99-0').status, 'unknown');
    assert.equal(lookupOelFactor('').status, 'unknown');
  });

  it('finds 乙草胺 (amendment row) flagged with the amendment that adds it', () => {
    const r = lookupOelFactor('乙草胺');
    assert.equal(r.status === 'found' && r.kind === 'chemical' && r.addedBy?.name, '第2号修改单');
  });
});

describe('public API', () => {
  it('the exposure barrel is re-exported from @ohnet/domain as the same values', () => {
    for (const [key, value] of Object.entries(exposure)) {
      assert.equal((domain as Record<string, unknown>)[key], value, key);
    }
    for (const key of ['noiseExposure', 'noiseWeeklyExposure', 'chemicalExposure', 'chemicalMixtureExposure', 'dustExposure', 'heatStressExposure', 'lookupOelFactor']) {
      assert.equal(typeof (domain as Record<string, unknown>)[key], 'function', key);
    }
  });
});
