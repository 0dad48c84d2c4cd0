import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editionOn } from '../rules/rule-pack.ts';
import gbz188Json from './data/gbz188.json' with { type: 'json' };
import { GBZ188_FOLLOW_UP_2014, GBZ188_PERIODS_2014, GBZ188_PERIODS_2025, evaluateGbz188Period } from './gbz188-periods.ts';
import { factorKey, findGbz188Factor, gbz188RulePack } from './gbz188.rule-pack.ts';

const rows = (edition: '2014' | '2025') => gbz188RulePack.editions.find((e) => e.edition.edition === edition)!.rows;

describe('GBZ 188 rule pack (data/gbz188.json)', () => {
  it('keys the editions by effective date: 2014 from 2014-10-01, 2025 from 2026-08-01 (2014 ends then)', () => {
    assert.equal(editionOn(gbz188RulePack, '2014-09-30'), null);
    assert.equal(editionOn(gbz188RulePack, '2014-10-01')?.edition.edition, '2014');
    assert.equal(editionOn(gbz188RulePack, '2026-07-31')?.edition.edition, '2014');
    assert.equal(editionOn(gbz188RulePack, '2026-08-01')?.edition.edition, '2025');
    assert.match(gbz188Json._meta.standard, /effective 2014-10-01/);
    assert.equal(gbz188Json.edition2025.effective, '2026-08-01');
  });

  it('loads every 2025 section of the data (41) and every 2014 factor (13 structured + the period list)', () => {
    assert.equal(rows('2025').length, gbz188Json.edition2025.sections.length);
    assert.equal(rows('2025').length, 41);
    const keys2014 = new Set(rows('2014').map((r) => r.key));
    for (const f of gbz188Json.factors) assert.ok(keys2014.has(factorKey(f.factor)), f.factor);
    // 41 list rows, 6 of which merge into structured factors (苯, 铅, 锰, 正己烷, 一氧化碳, 硫化氢).
    assert.equal(rows('2014').length, 13 + 41 - 6);
  });

  it('marks every row unverified (no GBZ 188 row matches an official transcription)', () => {
    for (const e of gbz188RulePack.editions) for (const r of e.rows) assert.equal(r.verified, false, r.factor);
  });

  it('expands the data cross-references (同上岗前, 同在岗期间, 同矽尘) instead of returning them as items', () => {
    const coal = findGbz188Factor('煤尘', '2020-01-01');
    assert.ok(coal.found);
    const silica = findGbz188Factor('矽尘', '2020-01-01');
    assert.ok(silica.found);
    assert.deepEqual(coal.row.parts.pre_employment?.requiredItems, silica.row.parts.pre_employment?.requiredItems);
    assert.deepEqual(silica.row.parts.exit?.requiredItems, silica.row.parts.periodic?.requiredItems);
    const heat = findGbz188Factor('高温', '2020-01-01');
    assert.ok(heat.found);
    assert.deepEqual(heat.row.parts.periodic?.contraindications, heat.row.parts.pre_employment?.contraindications);
    const noise2025 = findGbz188Factor('噪声', '2026-08-01');
    assert.ok(noise2025.found);
    assert.deepEqual(noise2025.row.parts.exit?.requiredItems, ['纯音听阈测试', '心电图']);
  });

  it('finds factors by data name, key, alias and CAS (GBZ 188-2025 section titles carry the CAS)', () => {
    const byName = findGbz188Factor('游离二氧化硅粉尘（矽尘）', '2020-01-01');
    assert.ok(byName.found && byName.via === 'name' && byName.row.section === '6.1');
    const byAlias = findGbz188Factor('矽尘', '2026-08-01');
    assert.ok(byAlias.found && byAlias.via === 'alias' && byAlias.row.section === '6.1');
    const byCas = findGbz188Factor('7439-92-1', '2026-08-01');
    assert.ok(byCas.found && byCas.via === 'cas' && byCas.row.key === '铅及其无机化合物');
    // A CAS found in the 2025 titles also finds the 2014 entry of the same factor.
    const cas2014 = findGbz188Factor('71-43-2', '2020-01-01');
    assert.ok(cas2014.found && cas2014.row.edition === '2014' && cas2014.row.key === '苯');
    const fullWidth = findGbz188Factor(' 噪声 ', '2020-01-01');
    assert.ok(fullWidth.found);
  });

  it('says which section is missing when the factor is known by number only', () => {
    const r = findGbz188Factor('致喘物', '2026-08-01');
    assert.ok(!r.found);
    assert.equal(r.knownSection?.section, '5.56');
    assert.match(r.reason, /GBZ 188-2025 §5\.56 .* not in the reference data/);
    const unknown = findGbz188Factor('不存在的因素', '2026-08-01');
    assert.ok(!unknown.found && unknown.knownSection === null);
    const noEdition = findGbz188Factor('噪声', '2010-01-01');
    assert.ok(!noEdition.found && noEdition.edition === null);
  });

  it('has an evaluable period rule for every section whose data has a period, and no rule without one', () => {
    for (const r of rows('2025')) {
      const hasPeriod = (r.parts.periodic?.periodTexts ?? null) !== null;
      assert.equal(GBZ188_PERIODS_2025[r.key] !== undefined, hasPeriod, `2025 ${r.factor}`);
    }
    for (const r of rows('2014')) {
      // Radiation workers: the data's period is GBZ 98 (memory), not GBZ 188 — deliberately not encoded.
      const hasPeriod = (r.parts.periodic?.periodTexts ?? null) !== null && r.governedBy.length === 0;
      assert.equal(GBZ188_PERIODS_2014[r.key] !== undefined, hasPeriod, `2014 ${r.factor}`);
    }
    for (const key of Object.keys(GBZ188_PERIODS_2025)) assert.ok(rows('2025').some((r) => r.key === key), key);
    for (const key of Object.keys(GBZ188_PERIODS_2014)) assert.ok(rows('2014').some((r) => r.key === key), key);
    for (const key of Object.keys(GBZ188_FOLLOW_UP_2014)) assert.ok(rows('2014').find((r) => r.key === key)?.parts.post_employment, key);
  });

  it('every period branch text appears in the data (restated verbatim, not invented)', () => {
    const dataText = JSON.stringify(gbz188Json);
    const all = [...Object.values(GBZ188_PERIODS_2025), ...Object.values(GBZ188_PERIODS_2014), ...Object.values(GBZ188_FOLLOW_UP_2014)];
    for (const rule of all) {
      for (const b of rule.branches) {
        // Compare the numeric content: each branch's text shares its period words with the data.
        const core = b.text.replace(/[（(].*?[）)]/g, '').split(/[：:；;，,]/).pop()!.trim();
        assert.ok(dataText.includes(core), `${b.text} → ${core}`);
      }
    }
  });

  it('§7.1.2.3 noise branches: ≥ 85 dB → 1 year, 80 ≤ L < 85 → 2 years, below 80 → no branch', () => {
    const rule = GBZ188_PERIODS_2025['噪声']!;
    const months = (noiseLevel: number) => {
      const ev = evaluateGbz188Period(rule, { noiseLevel });
      return ev.status === 'determined' ? ev.branch.months : ev.status;
    };
    assert.equal(months(100), 12);
    assert.equal(months(85), 12);
    assert.equal(months(84.9), 24);
    assert.equal(months(80), 24);
    assert.equal(months(79.9), 'no_branch');
    assert.equal(evaluateGbz188Period(rule, {}).status, 'undetermined');
  });
});
