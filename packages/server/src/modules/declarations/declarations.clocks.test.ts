import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { todayCst } from '@ohnet/domain';
import { type Session, type TestApp, createTestApp } from '../../testing/test-app.ts';
import { declarations } from './declarations.table.ts';

describe('declaration clocks, overdue list and home to-dos', () => {
  let t: TestApp;
  let employer: Session;
  let county: Session;
  let employerId: string;
  before(async () => {
    t = await createTestApp();
    employer = await t.login('ts.qiye');
    county = await t.login('ts.weijian');
    employerId = await t.orgId('台山市海宴五金制品有限公司（演示）');
    await t.request(employer, { method: 'POST', url: `/api/v1/employers/${employerId}/posts`, payload: { name: '打磨工', hazards: [{ factorName: '噪声', exposedCount: 5 }] } });
  });
  after(() => t.close());

  it('an employer with hazards and no declaration is undeclared (申报办法 第二条) and on the county\'s overdue list', async () => {
    const clock = (await t.request(employer, { method: 'GET', url: `/api/v1/employers/${employerId}/declaration-clock` })).json();
    assert.equal(clock.next.status, 'undeclared');
    assert.match(clock.next.citation, /申报办法|第48号/);
    const list = (await t.request(county, { method: 'GET', url: '/api/v1/declarations/overdue' })).json();
    assert.ok(list.some((e: { employerId: string; status: string }) => e.employerId === employerId && e.status === 'undeclared'));
  });

  it('after an accepted declaration the next one is the annual update, due within a year and not overdue', async () => {
    await t.db.insert(declarations).values({ employerId, regionCode: '440781111', kind: 'initial', state: 'accepted', year: 2026, content: {}, submittedAt: new Date(), acceptedAt: new Date() });
    const clock = (await t.request(employer, { method: 'GET', url: `/api/v1/employers/${employerId}/declaration-clock` })).json();
    assert.equal(clock.next.kind, 'annual');
    assert.equal(clock.next.overdue, false);
    assert.ok(clock.next.dueDate > todayCst());
    assert.equal(clock.lastAccepted.kind, 'initial');
    const list = (await t.request(county, { method: 'GET', url: '/api/v1/declarations/overdue' })).json();
    assert.ok(!list.some((e: { employerId: string }) => e.employerId === employerId));
  });

  it('the county\'s home shows its review queue; the employer\'s shows returned and draft declarations', async () => {
    await t.db.insert(declarations).values({ employerId, regionCode: '440781111', kind: 'change', state: 'submitted', year: 2026, content: {}, submittedAt: new Date() });
    const home = (await t.request(county, { method: 'GET', url: '/api/v1/home' })).json();
    assert.equal(home.todos.find((x: { key: string }) => x.key === 'declarations.review_queue').count, 1);
    const mine = (await t.request(employer, { method: 'GET', url: '/api/v1/home' })).json();
    // Other areas (assessments, monitoring, exams, radiation) add their own counters; the declaration ones are exactly these.
    assert.deepEqual(mine.todos.map((x: { key: string }) => x.key).filter((k: string) => k.startsWith('declarations.')).sort(), ['declarations.drafts', 'declarations.returned']);
  });

  it('only reviewers see the overdue list (403 for the employer)', async () => {
    assert.equal((await t.request(employer, { method: 'GET', url: '/api/v1/declarations/overdue' })).statusCode, 403);
  });
});
