import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { radiationExamSchedule } from './radiation-exam.schedule.ts';

const view = (r: ReturnType<typeof radiationExamSchedule>) => r.items.map((i) => `${i.type}:${i.dueDate}:${i.status}`);

describe('radiation worker exams on the GBZ 98-2020 periods', () => {
  it('pre-employment done, periodic due 2 years later', () => {
    const r = radiationExamSchedule({ startDate: '2024-03-01', endDate: null, exams: [{ type: 'pre_employment', date: '2024-02-20' }], asOf: '2025-11-22' });
    assert.deepEqual(view(r), ['pre_employment:2024-03-01:done', 'periodic:2026-02-20:due']);
    assert.equal(r.isOverdue, false);
    assert.equal(r.next?.dueDate, '2026-02-20');
    assert.match(r.next!.citation, /GBZ 98-2020/);
  });

  it('a missing pre-employment exam is overdue from the first day of radiation work', () => {
    const r = radiationExamSchedule({ startDate: '2025-06-01', endDate: null, exams: [], asOf: '2025-06-02' });
    assert.deepEqual(view(r).slice(0, 1), ['pre_employment:2025-06-01:overdue']);
    assert.equal(r.isOverdue, true);
  });

  it('chains periodic exams from the latest one, yearly when the authority sets 1 year', () => {
    const exams = [
      { type: 'pre_employment' as const, date: '2022-01-10' },
      { type: 'periodic' as const, date: '2022-12-15' },
      { type: 'periodic' as const, date: '2023-12-01' },
    ];
    const r = radiationExamSchedule({ startDate: '2022-01-15', endDate: null, exams, asOf: '2025-03-01', intervalYears: 1 });
    assert.deepEqual(view(r), ['pre_employment:2022-01-15:done', 'periodic:2023-01-10:done', 'periodic:2023-12-15:done', 'periodic:2024-12-01:overdue']);
  });

  it('an exit exam is due on the last day; one within 3 months before it counts', () => {
    const base = { startDate: '2024-01-01', endDate: '2025-06-30', asOf: '2025-08-01' };
    const missing = radiationExamSchedule({ ...base, exams: [{ type: 'pre_employment', date: '2023-12-20' }] });
    assert.deepEqual(view(missing), ['pre_employment:2024-01-01:done', 'exit:2025-06-30:overdue']);
    const done = radiationExamSchedule({ ...base, exams: [{ type: 'pre_employment', date: '2023-12-20' }, { type: 'exit', date: '2025-05-10' }] });
    assert.deepEqual(view(done), ['pre_employment:2024-01-01:done', 'exit:2025-06-30:done']);
    assert.equal(done.next, null);
  });

  it('refuses bad dates and intervals', () => {
    assert.throws(() => radiationExamSchedule({ startDate: '2025-13-01', endDate: null, exams: [], asOf: '2025-01-01', intervalYears: 3 as never }), (e: { details: { issues: { path: string }[] } }) => {
      assert.deepEqual(e.details.issues.map((i) => i.path), ['startDate', 'intervalYears']);
      return true;
    });
  });
});
