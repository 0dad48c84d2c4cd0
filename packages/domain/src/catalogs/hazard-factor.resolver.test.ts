import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogueTextKey, withoutParentheticals } from './catalogue-text.ts';
import { HAZARD_FACTOR_ALIAS_GROUPS } from './hazard-factor-aliases.ts';
import { hazardFactorById, hazardFactorRows } from './hazard-factor.catalog.ts';
import { resolveHazardFactor } from './hazard-factor.resolver.ts';

/** Resolves and returns the single row id (asserting there is exactly one). */
function idOf(text: string): string {
  const r = resolveHazardFactor(text);
  assert.ok(r.factor, `${text} → ${r.status}`);
  return r.factor.id;
}

describe('resolveHazardFactor: free-text names used by employers and exam institutions', () => {
  it('maps the silica family to 矽尘（游离SiO2含量≥10%）', () => {
    for (const text of ['矽尘', '硅尘', '二氧化矽', '二氧化硅粉尘', '砂尘', '石英粉尘', '矽尘 (游离SiO2含量≥10%的粉尘)', '矽尘（游离SiO₂含量≥10%）', '游离二氧化硅粉尘（结晶型二氧化硅粉尘，矽尘；游离SiO2含量≥10%）']) {
      assert.equal(idOf(text), 'dust-1', text);
    }
    assert.equal(resolveHazardFactor('矽尘（游离SiO2含量≥10%）').status, 'exact');
    assert.equal(resolveHazardFactor('硅尘').status, 'normalised');
    assert.equal(resolveHazardFactor('石英粉尘').status, 'alias');
  });

  it('maps the common dusts', () => {
    assert.equal(idOf('煤尘'), 'dust-2');
    assert.equal(idOf('煤尘（煤矽尘）'), 'dust-2');
    assert.equal(idOf('电焊烟尘'), 'dust-11');
    assert.equal(idOf('焊接烟尘'), 'dust-11');
    assert.equal(idOf('石棉'), 'dust-5');
    assert.equal(idOf('石棉粉尘'), 'dust-5');
    assert.equal(idOf('水泥粉尘'), 'dust-7');
    assert.equal(idOf('水泥尘'), 'dust-7');
    assert.equal(idOf('木粉尘'), 'dust-32');
    assert.equal(idOf('木粉尘（硬）'), 'dust-32');
    assert.equal(idOf('铝尘'), 'dust-10');
    assert.equal(idOf('铝粉尘'), 'dust-10');
    assert.equal(idOf('氧化铝粉尘'), 'dust-10');
    assert.equal(idOf('棉尘'), 'dust-31');
    assert.equal(idOf('其他粉尘'), 'dust-52');
  });

  it('matches a dust written with another 粉尘/尘/粉 suffix, and only dusts', () => {
    assert.equal(idOf('滑石粉'), 'dust-6');
    assert.equal(idOf('云母尘'), 'dust-8');
    assert.equal(idOf('膨润土尘'), 'dust-33');
    assert.equal(resolveHazardFactor('云母尘').status, 'normalised');
    // 铅尘 is lead (化学因素 1), not a dust item.
    assert.equal(idOf('铅尘'), 'chemical-1');
    assert.equal(resolveHazardFactor('面粉').status, 'unknown');
  });

  it('maps the physical factors', () => {
    for (const text of ['噪声', '噪音', '生产性噪声', ' 噪 声 ']) assert.equal(idOf(text), 'physical-1', text);
    assert.equal(idOf('高温'), 'physical-2');
    assert.equal(idOf('热'), 'physical-2');
    assert.equal(idOf('手传振动'), 'physical-6');
    assert.equal(idOf('局部振动'), 'physical-6');
    assert.equal(idOf('紫外辐射'), 'physical-10');
    assert.equal(idOf('紫外线'), 'physical-10');
    assert.equal(idOf('紫外辐射（紫外线）'), 'physical-10');
  });

  it('maps the chemicals', () => {
    assert.equal(idOf('苯'), 'chemical-28');
    assert.equal(idOf('纯苯'), 'chemical-28');
    assert.equal(idOf('苯（接触工业甲苯、二甲苯参照执行）'), 'chemical-28');
    assert.equal(idOf('甲苯'), 'chemical-29');
    assert.equal(idOf('二甲苯（全部异构体）'), 'chemical-30');
    assert.equal(idOf('二甲苯(全部异构体)'), 'chemical-30');
    assert.equal(idOf('对二甲苯'), 'chemical-30');
    assert.equal(idOf('正己烷'), 'chemical-31');
    for (const text of ['铅', '铅及其化合物', '铅烟', '铅尘', '铅及其化合物（不包括四乙基铅）']) assert.equal(idOf(text), 'chemical-1', text);
    assert.equal(idOf('四乙基铅'), 'chemical-25');
    assert.equal(idOf('锰及其化合物'), 'chemical-3');
    assert.equal(idOf('锰及其无机化合物'), 'chemical-3');
    assert.equal(idOf('一氧化碳'), 'chemical-19');
    assert.equal(idOf('硫化氢'), 'chemical-21');
    assert.equal(idOf('H2S'), 'chemical-21');
    assert.equal(idOf('氨'), 'chemical-16');
    assert.equal(idOf('氨气'), 'chemical-16');
    assert.equal(idOf('ＮＨ３'), 'chemical-16');
    assert.equal(idOf('氯气'), 'chemical-13');
    assert.equal(idOf('甲醛'), 'chemical-46');
    assert.equal(idOf('三氯乙烯'), 'chemical-38');
    assert.equal(idOf('光气'), 'chemical-15');
    assert.equal(idOf('DMF'), 'chemical-49');
  });

  it('maps radiation and biological factors', () => {
    assert.equal(idOf('X射线'), 'radioactive-3');
    assert.equal(idOf('x 射线'), 'radioactive-3');
    assert.equal(idOf('Ｘ射线'), 'radioactive-3');
    assert.equal(idOf('氡'), 'radioactive-6');
    assert.equal(idOf('布鲁氏菌'), 'biological-2');
    assert.equal(idOf('布氏杆菌'), 'biological-2');
    assert.equal(idOf('炭疽杆菌'), 'biological-5');
  });

  it('resolves a name that is in the catalogue without its item number', () => {
    const r = resolveHazardFactor('丙酮');
    assert.equal(r.status, 'exact');
    assert.equal(r.factor?.numberKnown, false);
    assert.equal(r.verified, false);
    assert.ok(r.notes.some((n) => n.includes('item number')));
  });

  it('reports ambiguity with the candidates', () => {
    const radiation = resolveHazardFactor('电离辐射');
    assert.equal(radiation.status, 'ambiguous');
    assert.equal(radiation.factor, null);
    assert.deepEqual(
      radiation.candidates.map((r) => r.id),
      ['radioactive-1', 'radioactive-2', 'radioactive-3', 'radioactive-4', 'radioactive-5'],
    );
    assert.equal(resolveHazardFactor('电离辐射（放射工作人员）').status, 'ambiguous');
    assert.deepEqual(
      resolveHazardFactor('铀及其化合物').candidates.map((r) => r.id),
      ['chemical-11', 'radioactive-7'],
    );
    assert.deepEqual(
      resolveHazardFactor('苯系物').candidates.map((r) => r.id),
      ['chemical-28', 'chemical-29', 'chemical-30'],
    );
  });

  it('resolves CAS numbers, rejects a wrong check digit and reports shared numbers as ambiguous', () => {
    const benzene = resolveHazardFactor('71-43-2');
    assert.equal(benzene.status, 'cas');
    assert.equal(benzene.factor?.id, 'chemical-28');
    const lead = resolveHazardFactor('7439-92-1');
    assert.equal(lead.factor?.id, 'chemical-1');
    assert.ok(lead.notes.some((n) => n.includes('parent element')));
    assert.equal(resolveHazardFactor('71-43-3').status, 'invalid_cas');
    assert.equal(resolveHazardFactor('1317-65-3').status, 'ambiguous');
    // Styrene: a valid CAS number that no loaded row carries.
    assert.equal(resolveHazardFactor('100-42-5').status, 'unknown');
  });

  it('never invents a row for a known factor missing from the data', () => {
    for (const text of ['苯乙烯', '三氯甲烷', '氯化氢', '六价铬', 'TDI']) {
      const r = resolveHazardFactor(text);
      assert.equal(r.status, 'not_in_catalogue_data', text);
      assert.equal(r.factor, null);
      assert.deepEqual(r.candidates, []);
      assert.equal(r.verified, false);
    }
  });

  it('handles empty, unknown and pre-2015 input', () => {
    assert.equal(resolveHazardFactor('').status, 'empty');
    assert.equal(resolveHazardFactor('  　').status, 'empty');
    const unknown = resolveHazardFactor('加班');
    assert.equal(unknown.status, 'unknown');
    assert.equal(unknown.factor, null);
    assert.equal(unknown.verified, false);
    assert.match(unknown.citation, /国卫疾控发〔2015〕92号/u);
    assert.equal(resolveHazardFactor('苯', { date: '2014-01-01' }).status, 'no_edition_in_force');
    assert.equal(resolveHazardFactor('苯', { date: '2024-01-01' }).status, 'exact');
  });

  it('carries the citation and the verified flag of the matched row', () => {
    const noise = resolveHazardFactor('噪音');
    assert.equal(noise.citation, '职业病危害因素分类目录-2015 (国卫疾控发〔2015〕92号) 三、物理因素 第1项');
    assert.equal(noise.verified, true);
    const welding = resolveHazardFactor('电焊烟尘');
    assert.equal(welding.verified, false);
  });
});

describe('alias table integrity', () => {
  const rowKeys = new Map<string, string[]>();
  for (const row of hazardFactorRows) {
    for (const key of new Set([catalogueTextKey(row.name), withoutParentheticals(catalogueTextKey(row.name))])) {
      rowKeys.set(key, [...(rowKeys.get(key) ?? []), row.id]);
    }
  }

  it('targets only rows that exist', () => {
    for (const group of HAZARD_FACTOR_ALIAS_GROUPS) {
      for (const id of group.targets) assert.ok(hazardFactorById(id), `${group.aliases.join('/')} → ${id}`);
      if (group.targets.length === 0) assert.ok(group.concept, group.aliases.join('/'));
    }
  });

  it('lists each alias once', () => {
    const seen = new Map<string, string>();
    for (const group of HAZARD_FACTOR_ALIAS_GROUPS) {
      for (const alias of group.aliases) {
        const key = catalogueTextKey(alias);
        assert.ok(!seen.has(key), `${alias} also in ${seen.get(key) ?? ''}`);
        seen.set(key, alias);
      }
    }
  });

  it('never contradicts a catalogue name, and never calls a loaded row missing', () => {
    for (const group of HAZARD_FACTOR_ALIAS_GROUPS) {
      for (const alias of group.aliases) {
        const clashing = rowKeys.get(catalogueTextKey(alias)) ?? [];
        for (const id of clashing) assert.ok(group.targets.includes(id), `${alias} is the name of ${id}`);
      }
    }
  });

  it('resolves every alias to its targets', () => {
    for (const group of HAZARD_FACTOR_ALIAS_GROUPS) {
      for (const alias of group.aliases) {
        const r = resolveHazardFactor(alias);
        assert.deepEqual(
          r.candidates.map((c) => c.id),
          [...group.targets],
          alias,
        );
        if (group.targets.length === 0) assert.equal(r.status, 'not_in_catalogue_data', alias);
      }
    }
  });
});
