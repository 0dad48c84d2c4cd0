import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OhnetError } from '../errors/errors.ts';
import {
  type LungZone,
  type PneumoconiosisStagingInput,
  type SmallOpacityProfusion,
  gbz70StagingRulePack,
  pneumoconiosisStaging,
  pneumoconiosisStagingInputIssues,
} from './pneumoconiosis-staging.calculator.ts';

type Zones = Record<LungZone, SmallOpacityProfusion>;
/** Zones in the order right upper/middle/lower, left upper/middle/lower. */
const zones = (ru: SmallOpacityProfusion, rm: SmallOpacityProfusion, rl: SmallOpacityProfusion, lu: SmallOpacityProfusion, lm: SmallOpacityProfusion, ll: SmallOpacityProfusion): Zones => ({
  rightUpper: ru,
  rightMiddle: rm,
  rightLower: rl,
  leftUpper: lu,
  leftMiddle: lm,
  leftLower: ll,
});
const clear = zones('0/0', '0/0', '0/0', '0/0', '0/0', '0/0');
const stage = (input: PneumoconiosisStagingInput) => pneumoconiosisStaging(input);
const ids = (input: PneumoconiosisStagingInput) => stage(input).matchedCriteria.map((c) => c.id);

describe('pneumoconiosisStaging — GBZ 70-2015 §5.1 尘肺壹期', () => {
  it('§5.1 a): profusion 1/1 in two zones → stage I', () => {
    const r = stage({ zones: zones('1/1', '1/1', '0/0', '0/1', '0/0', '0/0') });
    assert.equal(r.stage, 1);
    assert.equal(r.stageLabel, '尘肺壹期');
    assert.equal(r.overallProfusion, 1);
    assert.equal(r.distributionZones, 2);
    assert.deepEqual(r.matchedCriteria.map((c) => c.clause), ['§5.1 a)']);
    assert.equal(r.citation, 'GBZ 70-2015 §5.1 a)');
    assert.equal(r.verified, false);
    assert.equal(r.decisionSupportOnly, true);
    assert.match(r.rulePath.at(-1)!, /§5\.1 a\) \(stage 1\) → 尘肺壹期/);
  });

  it('overall 2 over only three zones does not meet stage II and is stage I', () => {
    const r = stage({ zones: zones('2/1', '2/2', '1/0', '0/0', '0/0', '0/0') });
    assert.equal(r.stage, 1);
    assert.deepEqual(ids({ zones: zones('2/1', '2/2', '1/0', '0/0', '0/0', '0/0') }), ['I_a']);
  });

  it('1/0 in a single zone is not stage I; GBZ 188-2025 §6.1.2.3 b) observation applies', () => {
    const r = stage({ zones: zones('1/0', '0/0', '0/0', '0/0', '0/0', '0/0') });
    assert.equal(r.stage, 0);
    assert.equal(r.stageLabel, '未达尘肺壹期');
    assert.equal(r.surveillanceObservation, true);
    assert.match(r.citation, /GBZ 188-2025 §6\.1\.2\.3 b\)/);
  });

  it('0/1 in two zones: no stage, observation; a clear film: neither', () => {
    const obs = stage({ zones: zones('0/1', '0/1', '0/0', '0/0', '0/0', '0/0') });
    assert.equal(obs.stage, 0);
    assert.equal(obs.zonesAtLeast01, 2);
    assert.equal(obs.surveillanceObservation, true);
    const none = stage({ zones: clear });
    assert.equal(none.stage, 0);
    assert.equal(none.surveillanceObservation, false);
    assert.equal(none.citation, 'GBZ 70-2015 §5');
  });

  it('§5.1 b) asbestos: overall 1 in one zone with pleural plaques → stage I', () => {
    const r = stage({ zones: zones('1/0', '0/0', '0/0', '0/0', '0/0', '0/0'), asbestosExposure: true, pleuralPlaques: { present: true } });
    assert.equal(r.stage, 1);
    assert.deepEqual(r.matchedCriteria.map((c) => c.id), ['I_b']);
  });

  it('§5.1 c) asbestos: overall 0 but 0/1 in two zones with plaques → stage I', () => {
    assert.deepEqual(ids({ zones: zones('0/1', '0/0', '0/1', '0/0', '0/0', '0/0'), asbestosExposure: true, pleuralPlaques: { present: true } }), ['I_c']);
  });

  it('plaques without asbestos exposure are ignored (the plaque criteria are asbestos-only)', () => {
    const r = stage({ zones: zones('0/1', '0/0', '0/1', '0/0', '0/0', '0/0'), pleuralPlaques: { present: true } });
    assert.equal(r.stage, 0);
    assert.ok(r.rulePath.some((s) => /Pleural plaques ignored/.test(s)));
  });
});

describe('pneumoconiosisStaging — GBZ 70-2015 §5.2 尘肺贰期', () => {
  it('§5.2 a): overall 2 in more than 4 zones → stage II', () => {
    const r = stage({ zones: zones('2/2', '2/1', '1/1', '1/2', '1/0', '0/1') });
    assert.equal(r.stage, 2);
    assert.deepEqual(r.matchedCriteria.map((c) => c.id), ['II_a', 'I_a']);
  });

  it('§5.2 b): overall 3 in exactly 4 zones → stage II', () => {
    assert.deepEqual(ids({ zones: zones('3/3', '3/2', '2/2', '1/1', '0/1', '0/0') }), ['II_b', 'I_a']);
  });

  it('overall 2 in exactly 4 zones is stage I (needs more than 4)', () => {
    assert.equal(stage({ zones: zones('2/2', '2/1', '1/1', '1/0', '0/1', '0/0') }).stage, 1);
  });

  it('§5.2 c)/d) asbestos: plaques involving the cardiac border or diaphragm', () => {
    const plaques = { present: true, involvesCardiacBorderOrDiaphragm: true };
    assert.deepEqual(ids({ zones: zones('1/1', '1/1', '1/0', '1/1', '1/0', '0/1'), asbestosExposure: true, pleuralPlaques: plaques }), ['II_c', 'I_a', 'I_b']);
    assert.deepEqual(ids({ zones: zones('2/2', '2/1', '1/1', '1/0', '0/1', '0/0'), asbestosExposure: true, pleuralPlaques: plaques }), ['II_d', 'I_a', 'I_b']);
  });
});

describe('pneumoconiosisStaging — GBZ 70-2015 §5.3 尘肺叁期', () => {
  it('§5.3 a): a large opacity of at least 20 × 10 mm → stage III, whatever the small opacities', () => {
    const r = stage({ zones: clear, largeOpacities: [{ longMm: 25, shortMm: 12 }] });
    assert.equal(r.stage, 3);
    assert.equal(r.stageLabel, '尘肺叁期');
    assert.deepEqual(r.matchedCriteria.map((c) => c.id), ['III_a']);
    assert.deepEqual(r.largestOpacity, { longMm: 25, shortMm: 12 });
  });

  it('boundary: 20 × 10 mm meets §5.3 a); 20 × 9 mm does not', () => {
    assert.equal(stage({ zones: clear, largeOpacities: [{ longMm: 20, shortMm: 10 }] }).stage, 3);
    assert.equal(stage({ zones: clear, largeOpacities: [{ longMm: 20, shortMm: 9 }] }).stage, 0);
  });

  it('§5.3 b): overall 3 in more than 4 zones with aggregation', () => {
    assert.deepEqual(ids({ zones: zones('3/2', '3/3', '2/2', '2/1', '1/1', '0/1'), smallOpacityAggregation: true }), ['III_b', 'II_a', 'II_b', 'I_a']);
  });

  it('§5.3 c): overall 3 in more than 4 zones with a (smaller) large opacity', () => {
    assert.deepEqual(ids({ zones: zones('3/2', '3/3', '2/2', '2/1', '1/1', '0/1'), largeOpacities: [{ longMm: 15, shortMm: 8 }] }), ['III_c', 'II_a', 'II_b', 'I_a']);
  });

  it('overall 3 in more than 4 zones without aggregation or large opacity stays stage II', () => {
    assert.equal(stage({ zones: zones('3/2', '3/3', '2/2', '2/1', '1/1', '0/1') }).stage, 2);
  });

  it('§5.3 d) asbestos: overall 3, > 4 zones, extensive plaques or a shaggy cardiac border', () => {
    const r = stage({
      zones: zones('3/2', '3/3', '2/2', '2/1', '1/1', '0/1'),
      asbestosExposure: true,
      pleuralPlaques: { present: true, extensiveOrShaggyCardiacBorder: true },
    });
    assert.equal(r.stage, 3);
    assert.equal(r.matchedCriteria[0]!.id, 'III_d');
  });
});

describe('pneumoconiosisStaging — rule pack and invalid input', () => {
  it('holds the 11 criteria of §5.1–5.3, all unverified with a named source', () => {
    const rows = gbz70StagingRulePack.editions[0]!.rows;
    assert.equal(rows.length, 11);
    assert.ok(rows.every((r) => r.verified === false && (r.source ?? '').length > 0));
    assert.equal(gbz70StagingRulePack.editions[0]!.edition.effectiveFrom, '2016-05-01');
  });

  it('names every bad field (422 validation.failed)', () => {
    const issues = pneumoconiosisStagingInputIssues({
      zones: { ...clear, leftLower: '4/4', rightUpper: undefined },
      largeOpacities: [{ longMm: 8, shortMm: 5 }, { longMm: 20, shortMm: 30 }, { longMm: 'x' }],
      asbestosExposure: 'yes',
      pleuralPlaques: { present: 'maybe' },
    });
    assert.deepEqual(issues.map((i) => [i.path, i.code]), [
      ['zones.rightUpper', 'staging.profusion_invalid'],
      ['zones.leftLower', 'staging.profusion_invalid'],
      ['largeOpacities.0.longMm', 'staging.large_opacity_too_small'],
      ['largeOpacities.1.shortMm', 'staging.large_opacity_invalid'],
      ['largeOpacities.2', 'staging.large_opacity_invalid'],
      ['asbestosExposure', 'staging.flag_invalid'],
      ['pleuralPlaques.present', 'staging.flag_invalid'],
    ]);
    assert.throws(() => pneumoconiosisStaging({} as never), (e: unknown) => e instanceof OhnetError && e.kind === 'invalid');
  });
});
