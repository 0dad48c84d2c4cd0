/**
 * The declaration-rate API checked against a number computed here by hand from data built here,
 * not by calling the domain function: four industrial employers with hazards in 台山 (denominator),
 * two of them with a current accepted declaration (numerator) → 2/4.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildUscc, todayCst } from '@ohnet/domain';
import { declarations } from '../declarations/declarations.table.ts';
import { employerProfiles, postHazards, posts } from '../employers/employers.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { type Session, type TestApp, createTestApp } from '../../testing/test-app.ts';

describe('工业企业职业病危害项目申报率 API', () => {
  let t: TestApp;
  let county: Session;
  let neighbour: Session;
  const ids: Record<string, string> = {};
  const year = Number(todayCst().slice(0, 4));
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

  before(async () => {
    t = await createTestApp();
    county = await t.login('ts.weijian');
    neighbour = await t.login('kp.weijian');
    // name, industry, hazard?, accepted declaration how many days ago (null = none)
    const cases: [string, string, boolean, number | null][] = [
      ['A 铸造厂', 'C3391', true, 30], // industrial, hazards, current → numerator
      ['B 石材厂', 'C3032', true, 200], // industrial, hazards, current → numerator
      ['C 五金厂', 'C3311', true, 500], // industrial, hazards, accepted 500 days ago: annual update overdue → not current
      ['D 家具厂', 'C2110', true, null], // industrial, hazards, never declared
      ['E 建筑公司', 'E4700', true, 30], // section E: not industrial (B, C, D) → excluded
      ['F 印刷厂', 'C2311', false, null], // industrial without hazards → excluded
    ];
    let n = 0;
    for (const [name, industry, hazard, acceptedDaysAgo] of cases) {
      n++;
      const [org] = await t.db
        .insert(organisations)
        .values({ type: 'employer', name: `申报率测试${name}`, uscc: buildUscc('9', '1', '440781', String(77_000_000 + n)), regionCode: '440781106' })
        .returning({ id: organisations.id });
      const id = org!.id;
      ids[name] = id;
      await t.db.insert(employerProfiles).values({ employerId: id, regionCode: '440781106', industryCode: industry, industrySection: industry.charAt(0), staffCount: 50 });
      if (hazard) {
        const [p] = await t.db.insert(posts).values({ employerId: id, regionCode: '440781106', name: '岗位' }).returning({ id: posts.id });
        await t.db.insert(postHazards).values({ employerId: id, postId: p!.id, factorId: 'physical-1', factorName: '噪声', category: '物理因素', exposedCount: 5 });
      }
      if (acceptedDaysAgo !== null) {
        await t.db.insert(declarations).values({ employerId: id, regionCode: '440781106', kind: 'initial', state: 'accepted', year, content: {}, acceptedAt: daysAgo(acceptedDaysAgo) });
      }
    }
  });
  after(() => t.close());

  it('counts the test employers exactly as the definition says (numerator A, B; denominator A–D)', async () => {
    const res = await t.request(county, { method: 'GET', url: `/api/v1/indicators/declaration-rate?regionCode=440781106&year=${year}` });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.deepEqual([...body.numeratorIds].sort(), [ids['A 铸造厂'], ids['B 石材厂']].sort());
    assert.deepEqual([...body.denominatorIds].sort(), [ids['A 铸造厂'], ids['B 石材厂'], ids['C 五金厂'], ids['D 家具厂']].sort());
    assert.equal(body.value, 0.5);
    assert.ok(body.definition, 'the definition travels with the value');
  });

  it('rolls up: the county includes the township, and the demo employers without declarations count in the denominator only', async () => {
    const body = (await t.request(county, { method: 'GET', url: `/api/v1/indicators/declaration-rate?regionCode=440781&year=${year}` })).json();
    assert.equal(body.numerator, 2);
    assert.ok(body.denominator >= 4);
  });

  it('a region outside the jurisdiction is refused (403); a bad year is 422', async () => {
    assert.equal((await t.request(neighbour, { method: 'GET', url: `/api/v1/indicators/declaration-rate?regionCode=440781&year=${year}` })).statusCode, 403);
    assert.equal((await t.request(county, { method: 'GET', url: `/api/v1/indicators/declaration-rate?regionCode=440781&year=1999` })).statusCode, 422);
  });
});
