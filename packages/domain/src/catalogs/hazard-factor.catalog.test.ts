import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasValidCasCheckDigit } from './catalogue-text.ts';
import {
  HAZARD_FACTOR_CATEGORIES,
  citeHazardFactor,
  hazardFactorById,
  hazardFactorCatalogueOn,
  hazardFactorCatalogueSummary,
  hazardFactorPack,
  hazardFactorRows,
  hazardFactorsByCas,
  hazardFactorsByName,
  hazardFactorsInCategory,
} from './hazard-factor.catalog.ts';

describe('职业病危害因素分类目录 (国卫疾控发〔2015〕92号)', () => {
  it('is in force from 2015-11-17', () => {
    assert.equal(hazardFactorCatalogueOn('2015-11-16'), null);
    assert.equal(hazardFactorCatalogueOn('2015-11-17')?.edition.documentNumber, '国卫疾控发〔2015〕92号');
  });

  it('records the official 459 items by category and the 153 numbered rows loaded', () => {
    assert.deepEqual(
      HAZARD_FACTOR_CATEGORIES.map((c) => [c.name, c.officialCount]),
      [
        ['粉尘', 52],
        ['化学因素', 375],
        ['物理因素', 15],
        ['放射性因素', 8],
        ['生物因素', 6],
        ['其他因素', 3],
      ],
    );
    assert.equal(hazardFactorPack.editions[0]?.officialRowCount, 459);
    const summary = hazardFactorCatalogueSummary();
    assert.equal(summary.officialRowCount, 459);
    assert.equal(summary.numberedRowsLoaded, 153);
    assert.equal(summary.unnumberedNamesLoaded, 20);
    assert.deepEqual(
      summary.byCategory.map((c) => c.numberedRowsLoaded),
      [52, 69, 15, 8, 6, 3],
    );
  });

  it('loads chemical items 1–59 and 80–89 only, each number once', () => {
    const numbers = hazardFactorsInCategory('chemical')
      .map((r) => r.no)
      .filter((n): n is number => n !== null);
    const expected = [...Array.from({ length: 59 }, (_, i) => i + 1), ...Array.from({ length: 10 }, (_, i) => i + 80)];
    assert.deepEqual(numbers, expected);
    for (const category of HAZARD_FACTOR_CATEGORIES) {
      const nos = hazardFactorsInCategory(category.id).map((r) => r.no).filter((n) => n !== null);
      assert.equal(new Set(nos).size, nos.length, category.name);
    }
  });

  it('gives every row a unique id and a source', () => {
    const ids = hazardFactorRows.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(hazardFactorRows.every((r) => typeof r.source === 'string' && r.source.length > 0));
  });

  it('prints only CAS numbers with a valid check digit', () => {
    for (const row of hazardFactorRows) {
      for (const cas of row.casNumbers) assert.ok(hasValidCasCheckDigit(cas), `${row.name} ${cas}`);
    }
  });

  it('flags the names whose item number is unknown and keeps them apart from the numbered rows', () => {
    const unnumbered = hazardFactorRows.filter((r) => !r.numberKnown);
    assert.equal(unnumbered.length, 20);
    assert.ok(unnumbered.every((r) => r.no === null && r.category === 'chemical' && !r.verified));
    const numberedNames = new Set(hazardFactorRows.filter((r) => r.numberKnown).map((r) => r.name));
    assert.ok(unnumbered.every((r) => !numberedNames.has(r.name)));
    assert.ok(unnumbered.some((r) => r.name === '丙酮'));
  });

  it('marks page-copied and twice-confirmed rows verified, rows from memory not', () => {
    assert.equal(hazardFactorById('dust-1')?.verified, true); // newton.com.tw copy
    assert.equal(hazardFactorById('chemical-21')?.verified, true); // 360docs copy
    assert.equal(hazardFactorById('dust-11')?.verified, false); // 电焊烟尘: memory only
    assert.equal(hazardFactorById('chemical-28')?.verified, false); // 苯: memory only
    assert.equal(hazardFactorById('physical-1')?.verified, true); // matches the second copy
    assert.equal(hazardFactorById('physical-4')?.verified, false); // second copy prints 高企业
    assert.equal(hazardFactorCatalogueSummary().verifiedRows, 71);
  });

  it('looks rows up by id, exact name, CAS and category', () => {
    assert.equal(hazardFactorById('dust-1')?.name, '矽尘（游离SiO2含量≥10%）');
    assert.equal(hazardFactorById('dust-999'), null);
    assert.deepEqual(
      hazardFactorsByName('铀及其化合物').map((r) => r.id),
      ['chemical-11', 'radioactive-7'],
    );
    assert.deepEqual(hazardFactorsByName(' 噪声 ').map((r) => r.id), ['physical-1']);
    assert.deepEqual(hazardFactorsByName(''), []);
    assert.deepEqual(hazardFactorsByCas('7439-92-1').map((r) => r.id), ['chemical-1']);
    assert.deepEqual(hazardFactorsByCas('７１－４３－２').map((r) => r.id), ['chemical-28']);
    assert.deepEqual(hazardFactorsByCas('1314-84-7').map((r) => r.id), ['chemical-22']);
    assert.deepEqual(hazardFactorsByCas('1317-65-3').map((r) => r.id), ['dust-18', 'dust-38']);
    assert.deepEqual(hazardFactorsByCas('not a cas'), []);
    const physical = hazardFactorsInCategory('physical');
    assert.equal(physical.length, 15);
    assert.equal(physical.at(-1)?.openClause, true);
  });

  it('extracts the 限于 qualifier of a name', () => {
    assert.equal(hazardFactorById('other-2')?.restriction, '限于井下工人');
    assert.equal(hazardFactorById('biological-1')?.restriction, '限于医疗卫生人员及人民警察');
    assert.equal(hazardFactorById('physical-1')?.restriction, null);
  });

  it('cites the category and item number', () => {
    const row = hazardFactorById('chemical-28');
    assert.ok(row);
    assert.equal(citeHazardFactor(row), '职业病危害因素分类目录-2015 (国卫疾控发〔2015〕92号) 二、化学因素 第28项');
    const acetone = hazardFactorsByName('丙酮')[0];
    assert.ok(acetone);
    assert.match(citeHazardFactor(acetone), /二、化学因素 （序号未载入）丙酮$/u);
  });
});
