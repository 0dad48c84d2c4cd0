/**
 * Indicator, plan and dashboard routes (issue 7): the happy paths checked against counts made
 * here, and every refusal (401, 403, 404, 409, 422). PGlite by default, PostgreSQL with DATABASE_URL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { INDICATOR_CATALOGUE, buildUscc, todayCst } from '@ohnet/domain';
import { declarations } from '../declarations/declarations.table.ts';
import { employerProfiles, postHazards, posts } from '../employers/employers.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { type Session, type TestApp, createTestApp } from '../../testing/test-app.ts';

const DECL = 'industrial_employer_declaration_rate';

describe('indicator, plan and dashboard routes', () => {
  let t: TestApp;
  let county: Session;
  let city: Session;
  let neighbour: Session;
  let employer: Session;
  const year = Number(todayCst().slice(0, 4));
  const created: string[] = [];

  before(async () => {
    t = await createTestApp();
    county = await t.login('ts.weijian');
    city = await t.login('jm.weijian');
    neighbour = await t.login('kp.weijian');
    employer = await t.login('ts.qiye');
    // Three industrial employers with hazards in one 台山 township; one with a current declaration.
    for (let i = 0; i < 3; i++) {
      const [o] = await t.db.insert(organisations).values({ type: 'employer', name: `看板测试厂${i}`, uscc: buildUscc('9', '1', '440781', String(55_000_000 + i)), regionCode: '440781111' }).returning({ id: organisations.id });
      created.push(o!.id);
      await t.db.insert(employerProfiles).values({ employerId: o!.id, regionCode: '440781111', industryCode: 'C3391', industrySection: 'C', staffCount: 40 });
      const [p] = await t.db.insert(posts).values({ employerId: o!.id, regionCode: '440781111', name: '打磨' }).returning({ id: posts.id });
      await t.db.insert(postHazards).values({ employerId: o!.id, postId: p!.id, factorId: 'dust-1', factorName: '矽尘', category: '粉尘', exposedCount: 6 });
    }
    await t.db.insert(declarations).values({ employerId: created[0]!, regionCode: '440781111', kind: 'initial', state: 'accepted', year, content: {}, acceptedAt: new Date() });
  });
  after(() => t.close());

  const get = (s: Session | null, url: string) => t.request(s, { method: 'GET', url: `/api/v1${url}` });

  it('registers a provider for exactly the catalogue indicators marked as computed', () => {
    const computed = INDICATOR_CATALOGUE.filter((d) => d.computedBy !== null).map((d) => d.id).sort();
    assert.deepEqual(t.indicatorEngine.providers.map((p) => p.indicatorId).sort(), computed);
  });

  it('catalogue: every indicator with its unit and whether it is computed', async () => {
    const res = await get(county, '/indicators/catalogue');
    assert.equal(res.statusCode, 200);
    const items = res.json().items as { id: string; computedBy: string | null }[];
    assert.equal(items.length, INDICATOR_CATALOGUE.length);
    assert.equal(items.find((i) => i.id === DECL)!.computedBy, 'declarations');
    assert.equal(items.find((i) => i.id === 'work_injury_insurance_insured')!.computedBy, null);
  });

  it('values: the township counts exactly the employers made here (1 of 3 declared)', async () => {
    const res = await get(county, `/indicators/values?regionCode=440781111&year=${year}`);
    assert.equal(res.statusCode, 200, res.body);
    const decl = res.json().items.find((i: { indicatorId: string }) => i.indicatorId === DECL);
    assert.equal(decl.numerator, 1);
    assert.equal(decl.denominator, 3);
    assert.ok(Math.abs(decl.value - 1 / 3) < 1e-9);
    // Not computed and nothing entered: null, never a made-up number.
    const manual = res.json().items.find((i: { indicatorId: string }) => i.indicatorId === 'key_population_oh_knowledge_awareness_rate');
    assert.equal(manual.value, null);
    assert.equal(manual.source, null);
  });

  it('children: 台山 townships add up to the county value', async () => {
    const res = await get(county, `/indicators/${DECL}/children?regionCode=440781&year=${year}`);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.level, 'county');
    const mine = body.items.find((i: { regionCode: string }) => i.regionCode === '440781111');
    assert.equal(mine.numerator, 1);
    assert.equal(mine.denominator, 3);
    const whole = (await get(county, `/indicators/values?regionCode=440781&year=${year}`)).json().items.find((i: { indicatorId: string }) => i.indicatorId === DECL);
    const sumDen = body.items.reduce((s: number, i: { denominator: number }) => s + i.denominator, 0);
    // Employers registered at county level (6-digit code) belong to no township: they count only in the county.
    assert.ok(sumDen <= whole.denominator);
    assert.ok(sumDen >= 3);
  });

  it('trend: one value per year, the current year holding the new employers', async () => {
    const res = await get(county, `/indicators/${DECL}/trend?regionCode=440781111&from=2024&to=${year}`);
    assert.equal(res.statusCode, 200, res.body);
    const items = res.json().items as { year: number; denominator: number }[];
    assert.deepEqual(items.map((i) => i.year), Array.from({ length: year - 2023 }, (_, k) => 2024 + k));
    assert.equal(items.at(-1)!.denominator, 3);
  });

  it('records: the employers behind the numerator and the denominator, with links', async () => {
    const num = (await get(county, `/indicators/${DECL}/records?regionCode=440781111&year=${year}&side=numerator`)).json();
    assert.equal(num.total, 1);
    assert.equal(num.items[0].employerId, created[0]);
    assert.equal(num.items[0].label, '看板测试厂0');
    assert.equal(num.items[0].href, `/employers/${created[0]}`);
    const den = (await get(county, `/indicators/${DECL}/records?regionCode=440781111&year=${year}&side=denominator&pageSize=2`)).json();
    assert.equal(den.total, 3);
    assert.equal(den.items.length, 2);
  });

  it('dashboard: the county follows its own plan; a township follows the county plan', async () => {
    const res = await get(county, `/dashboard/region?regionCode=440781&year=${year}`);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.region.name, '台山市');
    assert.equal(body.plan.plan.id, '440781-2021-2025');
    const entry = body.plan.entries.find((e: { indicatorId: string }) => e.indicatorId === DECL);
    assert.ok(entry.value.value > 0);
    assert.notEqual(entry.status, 'not_computed');
    const uncomputed = body.plan.entries.find((e: { indicatorId: string }) => e.indicatorId === 'work_injury_insurance_insured');
    assert.equal(uncomputed.status, 'not_computed');
    assert.equal(uncomputed.value, null);
    const town = (await get(county, `/dashboard/region?regionCode=440781111&year=${year}`)).json();
    assert.equal(town.plan.plan.id, '440781-2021-2025');
  });

  it('plans: a county reads its own and sees nothing of a neighbour county', async () => {
    const list = (await get(county, '/plans')).json().items as { id: string }[];
    assert.ok(list.some((p) => p.id === '440781-2021-2025'));
    assert.ok(!list.some((p) => p.id === '440783-2021-2025'));
    assert.equal((await get(county, '/plans/440783-2021-2025')).statusCode, 404);
    assert.equal((await get(county, '/plans/no-such-plan')).statusCode, 404);
    assert.equal((await get(city, '/plans/440783-2021-2025')).statusCode, 200);
  });

  it('manual values: entered with source for an uncomputed indicator, then used by the plan', async () => {
    const res = await t.request(county, { method: 'POST', url: '/api/v1/indicators/manual-values', payload: { indicatorId: 'work_injury_insurance_insured', regionCode: '440781', year, value: 118_000, sourceNote: '台山市人社局2026年6月统计', asOf: `${year}-06-30` } });
    assert.equal(res.statusCode, 201, res.body);
    const plan = (await get(county, `/plans/440781-2021-2025?asOf=${year}-11-01`)).json();
    const entry = plan.entries.find((e: { indicatorId: string }) => e.indicatorId === 'work_injury_insurance_insured');
    assert.equal(entry.value.value, 118_000);
    assert.equal(entry.value.source, 'manual');
    assert.equal(entry.value.sourceNote, '台山市人社局2026年6月统计');
    assert.equal(entry.status, 'on_track'); // 稳步提升 from 112,900 (2020)
  });

  it('manual values: refused for a computed indicator, without a source, out of range, or a bad year (422)', async () => {
    const post = (payload: Record<string, unknown>) => t.request(county, { method: 'POST', url: '/api/v1/indicators/manual-values', payload: { indicatorId: 'key_population_oh_knowledge_awareness_rate', regionCode: '440781', year, value: 0.8, sourceNote: '问卷调查', asOf: `${year}-06-30`, ...payload } });
    const computed = await post({ indicatorId: DECL });
    assert.equal(computed.statusCode, 422);
    assert.ok(JSON.stringify(computed.json()).includes('plan.value_computed_indicator'));
    assert.equal((await post({ sourceNote: '  ' })).statusCode, 422);
    const range = await post({ value: 85 });
    assert.equal(range.statusCode, 422);
    assert.ok(JSON.stringify(range.json()).includes('plan.value_out_of_range'));
    assert.equal((await post({ year: 1999 })).statusCode, 422);
    assert.equal((await post({ indicatorId: 'no_such_indicator' })).statusCode, 422);
    assert.equal((await post({ regionCode: '440783' })).statusCode, 403);
  });

  it('plan entries: a regulator changes its own plan\'s target (audited, versioned); others are refused', async () => {
    const url = `/api/v1/plans/440781-2021-2025/entries/${DECL}`;
    const before = (await get(county, '/plans/440781-2021-2025')).json();
    const res = await t.request(county, { method: 'PUT', url, payload: { target: { kind: 'value', operator: '>=', value: 0.95, asWritten: '≥95%' }, expectedVersion: before.plan.version } });
    assert.equal(res.statusCode, 200, res.body);
    const entry = res.json().entries.find((e: { indicatorId: string }) => e.indicatorId === DECL);
    assert.deepEqual(entry.target, { kind: 'value', operator: '>=', value: 0.95, asWritten: '≥95%' });
    assert.equal(res.json().plan.version, before.plan.version + 1);
    // A stale version: someone else changed it meanwhile.
    const stale = await t.request(county, { method: 'PUT', url, payload: { note: 'x', expectedVersion: before.plan.version } });
    assert.equal(stale.statusCode, 409);
    // A ratio target of 95 (not 0.95) is refused by the plan validator.
    const bad = await t.request(county, { method: 'PUT', url, payload: { target: { kind: 'value', operator: '>=', value: 95, asWritten: '≥95%' } } });
    assert.equal(bad.statusCode, 422, bad.body);
    assert.equal((await t.request(county, { method: 'PUT', url: '/api/v1/plans/440781-2021-2025/entries/no_such', payload: { note: 'x' } })).statusCode, 404);
    // The county reads the city's plans above it but cannot change a plan it does not own.
    assert.equal((await t.request(neighbour, { method: 'PUT', url, payload: { note: 'x' } })).statusCode, 404);
    // An employer has no plan:write.
    assert.equal((await t.request(employer, { method: 'PUT', url, payload: { note: 'x' } })).statusCode, 403);
    const audit = (await get(county, '/audit?entityType=plan')).json();
    if (audit.items) assert.ok(audit.items.some((a: { action: string }) => a.action === 'plan.entry_update'));
  });

  it('refuses: no session 401, no permission 403, foreign region 403, unknown indicator 404, uncomputed drill-through 409, bad input 422', async () => {
    assert.equal((await get(null, `/indicators/values?regionCode=440781&year=${year}`)).statusCode, 401);
    assert.equal((await get(employer, `/indicators/values?regionCode=440781&year=${year}`)).statusCode, 403);
    assert.equal((await get(neighbour, `/indicators/values?regionCode=440781&year=${year}`)).statusCode, 403);
    assert.equal((await get(county, `/indicators/no_such/children?regionCode=440781&year=${year}`)).statusCode, 404);
    assert.equal((await get(county, `/indicators/work_injury_insurance_insured/records?regionCode=440781&year=${year}`)).statusCode, 409);
    assert.equal((await get(county, `/indicators/values?regionCode=440799&year=${year}`)).statusCode, 422);
    assert.equal((await get(county, `/indicators/values?regionCode=4407&year=${year}`)).statusCode, 422);
    assert.equal((await get(county, `/indicators/values?regionCode=440781&year=${year + 1}`)).statusCode, 422);
    assert.equal((await get(county, `/indicators/${DECL}/trend?regionCode=440781&from=2025&to=2024`)).statusCode, 422);
    assert.equal((await get(county, '/plans/440781-2021-2025?asOf=2026-13-45')).statusCode, 422);
  });
});
