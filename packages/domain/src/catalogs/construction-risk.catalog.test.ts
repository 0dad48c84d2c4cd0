import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CONSTRUCTION_RISK_CATALOGUE_2021,
  constructionRiskChildren,
  constructionRiskPack,
  constructionRiskRowByCode,
  constructionRiskRows,
  riskClassForIndustry,
} from './construction-risk.catalog.ts';

describe('建设项目职业病危害风险分类管理目录（2021年版）data', () => {
  it('is the complete attachment of 国卫办职健发〔2021〕5号: 380 rows, 291 with a class (146 严重, 145 一般)', () => {
    assert.equal(CONSTRUCTION_RISK_CATALOGUE_2021.documentNumber, '国卫办职健发〔2021〕5号');
    assert.equal(CONSTRUCTION_RISK_CATALOGUE_2021.effectiveFrom, '2021-03-12');
    assert.equal(constructionRiskRows.length, 380);
    assert.equal(constructionRiskPack.editions[0]?.officialRowCount, 380);
    assert.equal(constructionRiskRows.filter((r) => r.riskClass === 'severe').length, 146);
    assert.equal(constructionRiskRows.filter((r) => r.riskClass === 'general').length, 145);
    assert.ok(constructionRiskRows.every((r) => r.verified));
  });

  it('keeps the hierarchy consistent: unique codes, known parents, split parents without a class', () => {
    const codes = constructionRiskRows.map((r) => r.code).filter((c) => c !== null);
    assert.equal(new Set(codes).size, codes.length);
    for (const row of constructionRiskRows) {
      if (row.parentCode !== null) assert.ok(constructionRiskRowByCode(row.parentCode), `${row.name} → ${row.parentCode}`);
      if (row.level === '细分') assert.equal(row.code, null);
      if (row.splitBySubItems) {
        assert.equal(row.riskClass, null);
        assert.ok(constructionRiskChildren(row.code ?? '').length >= 2);
      }
    }
    assert.equal(constructionRiskRows.filter((r) => r.level === '细分').length, 18);
  });

  it('marks the six asterisk (solvent) rows', () => {
    assert.deepEqual(
      constructionRiskRows.filter((r) => r.asterisk).map((r) => r.code),
      ['C195', 'C203', 'C211', 'C213', 'C231', 'O811'],
    );
  });
});

describe('riskClassForIndustry', () => {
  it('0610 烟煤和无烟煤开采洗选 is 严重 through the listed 中类 B061', () => {
    for (const code of ['0610', 'B0610', 'b 0610', 'B061', '061']) {
      const r = riskClassForIndustry(code);
      assert.equal(r.status, 'classified', code);
      assert.equal(r.riskClass, 'severe', code);
      assert.equal(r.matchedRow?.code, 'B061');
    }
    const r = riskClassForIndustry('0610');
    assert.equal(r.code, 'B0610');
    assert.deepEqual(
      r.path.map((p) => p.code),
      ['B', 'B06', 'B061'],
    );
    assert.equal(r.citation, '建设项目职业病危害风险分类管理目录-2021 (国卫办职健发〔2021〕5号) B061 烟煤和无烟煤开采洗选');
    assert.equal(r.verified, true);
  });

  it('applies the asterisk rule to 1951 制鞋 only when told no listed solvent is used', () => {
    const listed = riskClassForIndustry('1951');
    assert.equal(listed.riskClass, 'severe');
    assert.equal(listed.downgraded, false);
    assert.ok(listed.notes.some((n) => n.startsWith('Asterisk rule')));
    assert.match(listed.citation, /C195 制鞋业\*$/u);

    const clean = riskClassForIndustry('1951', { usesListedSolvents: false });
    assert.equal(clean.riskClass, 'general');
    assert.equal(clean.riskClassLabel, '一般');
    assert.equal(clean.downgraded, true);

    const solvent = riskClassForIndustry('1951', { usesListedSolvents: true });
    assert.equal(solvent.riskClass, 'severe');
    assert.ok(!solvent.notes.some((n) => n.startsWith('Asterisk rule')));

    // 木质家具制造 and 汽车、摩托车修理与维护 carry the same footnote; 塑料家具制造 does not.
    assert.equal(riskClassForIndustry('2110', { usesListedSolvents: false }).riskClass, 'general');
    assert.equal(riskClassForIndustry('8111', { usesListedSolvents: false }).riskClass, 'general');
    assert.equal(riskClassForIndustry('2140', { usesListedSolvents: true }).riskClass, 'general');
  });

  it('classifies service industries that are listed', () => {
    assert.equal(riskClassForIndustry('8411').riskClass, 'general'); // Q841 医院
    assert.equal(riskClassForIndustry('H6210').riskClass, 'general'); // H621 正餐服务
    assert.equal(riskClassForIndustry('8111').riskClass, 'severe'); // O811 汽车、摩托车修理与维护*
    assert.equal(riskClassForIndustry('E5011').riskClass, 'severe'); // E501 建筑装饰和装修业
  });

  it('says not_covered (never 一般) for industries the catalogue does not list', () => {
    const software = riskClassForIndustry('6510');
    assert.equal(software.status, 'not_covered');
    assert.equal(software.riskClass, null);
    assert.equal(riskClassForIndustry('I6510').status, 'not_covered');
    const freight = riskClassForIndustry('5430'); // G54 listed, G543 道路货物运输 not
    assert.equal(freight.status, 'not_covered');
    assert.equal(freight.matchedRow?.code, 'G54');
  });

  it('needs the activity for split 中类, and takes it from subItem', () => {
    const cattle = riskClassForIndustry('0311');
    assert.equal(cattle.status, 'needs_sub_item');
    assert.deepEqual(
      cattle.candidates.map((c) => c.name),
      ['牲畜饲养（牛、羊）', '牲畜饲养（其他）'],
    );
    assert.equal(riskClassForIndustry('0311', { subItem: '牛、羊' }).riskClass, 'severe');
    assert.equal(riskClassForIndustry('0313', { subItem: '其他' }).riskClass, 'general');
    const wrong = riskClassForIndustry('0311', { subItem: '鸡' });
    assert.equal(wrong.status, 'needs_sub_item');
    assert.ok(wrong.notes.some((n) => n.includes('鸡')));
    const sourGas = riskClassForIndustry('B0720', { subItem: '含硫天然气开采' });
    assert.equal(sourGas.riskClass, 'severe');
    assert.equal(sourGas.matchedRow?.code, null);
    assert.equal(sourGas.matchedRow?.parentCode, 'B072');
  });

  it('covers only the listed 小类 of F526', () => {
    assert.equal(riskClassForIndustry('5265').riskClass, 'general'); // 机动车燃油零售
    assert.equal(riskClassForIndustry('F5266').riskClass, 'general'); // 机动车燃气零售
    assert.equal(riskClassForIndustry('F5261').status, 'not_covered'); // 汽车新车零售
    assert.equal(riskClassForIndustry('F526').status, 'needs_sub_item');
  });

  it('answers above_class_level for a 门类 or 大类 with the classified rows below it', () => {
    const coal = riskClassForIndustry('06');
    assert.equal(coal.status, 'above_class_level');
    assert.deepEqual(
      coal.candidates.map((c) => c.code),
      ['B061', 'B062', 'B069'],
    );
    assert.equal(riskClassForIndustry('B').status, 'above_class_level');
    // Split rows (code —) are among the candidates of their 大类.
    assert.ok(riskClassForIndustry('A03').candidates.some((c) => c.name === '牲畜饲养（牛、羊）'));
  });

  it('notes a qualified row (G541 城市公共交通运输（城市轨道交通）)', () => {
    const r = riskClassForIndustry('5412');
    assert.equal(r.riskClass, 'general');
    assert.ok(r.notes.some((n) => n.includes('城市轨道交通')));
  });

  it('rejects malformed codes and dates before 2021-03-12', () => {
    for (const code of ['', 'xyz', 'U01', '12345', 'C0610']) {
      const r = riskClassForIndustry(code);
      assert.equal(r.status, 'invalid_code', code);
      assert.equal(r.verified, false);
    }
    assert.equal(riskClassForIndustry('0610', { date: '2021-03-11' }).status, 'no_edition_in_force');
    assert.equal(riskClassForIndustry('0610', { date: '2021-03-12' }).riskClass, 'severe');
  });
});
