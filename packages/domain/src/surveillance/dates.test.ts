import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, addMonths, addWorkingDays, daysBetween, isIsoDate, isWorkingDay, isoWeekday, rollPastHolidays } from './dates.ts';

describe('ISO date arithmetic (民法典 arts. 201–203)', () => {
  it('accepts only real calendar dates', () => {
    assert.equal(isIsoDate('2024-02-29'), true);
    assert.equal(isIsoDate('2025-02-29'), false);
    assert.equal(isIsoDate('2025-02-30'), false);
    assert.equal(isIsoDate('2025-2-3'), false);
    assert.equal(isIsoDate(20250203), false);
  });

  it('art. 202: a month period ends on the corresponding day, or the month end when there is none', () => {
    assert.equal(addMonths('2025-03-10', 12), '2026-03-10');
    assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
    assert.equal(addMonths('2025-01-31', 1), '2025-02-28');
    assert.equal(addMonths('2024-02-29', 12), '2025-02-28');
    assert.equal(addMonths('2025-11-30', 3), '2026-02-28');
    assert.equal(addMonths('2025-05-15', -6), '2024-11-15');
  });

  it('art. 201: day periods start the day after the event', () => {
    assert.equal(addDays('2025-06-10', 30), '2025-07-10');
    assert.equal(addDays('2024-12-31', 1), '2025-01-01');
    assert.equal(daysBetween('2025-01-01', '2025-03-01'), 59);
    assert.equal(daysBetween('2025-03-01', '2025-01-01'), -59);
  });

  it('art. 203: a last day on a holiday moves to the first day after the holiday', () => {
    const golden = ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08'];
    assert.equal(rollPastHolidays('2025-10-01', golden), '2025-10-09');
    assert.equal(rollPastHolidays('2025-09-30', golden), '2025-09-30');
    assert.equal(rollPastHolidays('2025-10-01'), '2025-10-01');
  });

  it('counts working days Monday–Friday with holidays and make-up workdays', () => {
    assert.equal(isoWeekday('2025-06-30'), 1);
    assert.equal(isoWeekday('2025-07-06'), 7);
    assert.equal(isWorkingDay('2025-07-05'), false);
    assert.equal(isWorkingDay('2025-10-11', { makeUpWorkdays: ['2025-10-11'] }), true);
    assert.equal(isWorkingDay('2025-10-01', { holidays: ['2025-10-01'] }), false);
    // 2025-06-30 (Mon) + 30 working days = 2025-08-11 (six full weeks).
    assert.equal(addWorkingDays('2025-06-30', 30), '2025-08-11');
    assert.equal(addWorkingDays('2025-07-04', 1), '2025-07-07');
  });
});
