import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type EmploymentEpisode, employmentIssues } from './employment.validator.ts';

const codes = (episodes: EmploymentEpisode[], asOf?: string) => employmentIssues(episodes, asOf === undefined ? {} : { asOf }).map((i) => [i.path, i.code]);
const own = (over: Partial<EmploymentEpisode>): EmploymentEpisode => ({ employerId: 'E1', isDispatched: false, hostEmployerId: null, postId: 'P1', startDate: '2018-03-01', endDate: null, ...over });

describe('employmentIssues — one worker, several employers', () => {
  it('a career across employers, with dispatched labour placed at a host employer, passes', () => {
    assert.deepEqual(
      codes([
        own({ employerId: 'E1', startDate: '2010-07-01', endDate: '2015-06-30' }),
        own({ employerId: 'AGENCY', isDispatched: true, hostEmployerId: 'E2', startDate: '2015-07-01', endDate: '2019-12-31' }),
        own({ employerId: 'E3', startDate: '2020-01-01', endDate: null }),
        own({ employerId: 'E1', startDate: '2015-07-01', endDate: '2016-01-31' }), // back at E1 later: no overlap
      ]),
      [],
    );
  });

  it('end before start; impossible dates', () => {
    assert.deepEqual(codes([own({ startDate: '2020-05-01', endDate: '2020-04-30' }), own({ employerId: 'E9', startDate: '2020-02-30' })]), [
      ['episodes.0.endDate', 'employment.end_before_start'],
      ['episodes.1.startDate', 'employment.date_invalid'],
    ]);
  });

  it('劳务派遣 (劳动合同法 第五十八条/第六十二条): a dispatched episode names its host employer, which is not the agency', () => {
    assert.deepEqual(
      codes([
        own({ employerId: 'AGENCY', isDispatched: true, hostEmployerId: null }),
        own({ employerId: 'AGENCY2', isDispatched: true, hostEmployerId: 'AGENCY2' }),
        own({ employerId: 'E5', isDispatched: false, hostEmployerId: 'E6' }),
      ]),
      [
        ['episodes.0.hostEmployerId', 'employment.host_employer_required'],
        ['episodes.1.hostEmployerId', 'employment.host_is_employer'],
        ['episodes.2.hostEmployerId', 'employment.host_without_dispatch'],
      ],
    );
  });

  it('no overlapping episodes at the same employer (an open episode runs on); other employers may overlap (part-time work)', () => {
    assert.deepEqual(
      codes([
        own({ startDate: '2018-03-01', endDate: null }),
        own({ startDate: '2022-01-01', endDate: '2022-12-31' }),
        own({ employerId: 'E2', startDate: '2022-01-01', endDate: '2022-12-31' }),
      ]),
      [['episodes.1.startDate', 'employment.overlap']],
    );
    // Same agency, different hosts: two placements at once are separate episodes.
    assert.deepEqual(
      codes([
        own({ employerId: 'AGENCY', isDispatched: true, hostEmployerId: 'H1', startDate: '2022-01-01', endDate: '2022-06-30' }),
        own({ employerId: 'AGENCY', isDispatched: true, hostEmployerId: 'H2', startDate: '2022-03-01', endDate: '2022-04-30' }),
      ]),
      [],
    );
    // A shared boundary day is an overlap (both ends are inclusive).
    assert.deepEqual(codes([own({ startDate: '2020-01-01', endDate: '2020-06-30' }), own({ startDate: '2020-06-30', endDate: null })]), [['episodes.1.startDate', 'employment.overlap']]);
  });

  it('a start after the as-of date is reported when asked', () => {
    assert.deepEqual(codes([own({ startDate: '2026-01-01' })], '2025-06-10'), [['episodes.0.startDate', 'employment.start_in_future']]);
  });
});
