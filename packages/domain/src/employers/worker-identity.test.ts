import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { workerAgeOn, workerIdentityFromIdNumber, workerIdentityIssues } from './worker-identity.ts';

const TODAY = new Date('2025-06-10T00:00:00Z');

describe('workerIdentityFromIdNumber — GB 11643-1999', () => {
  it('the standard’s example 11010519491231002X: born 1949-12-31, female (even 17th digit), masked for lists', () => {
    const r = workerIdentityFromIdNumber('11010519491231002x', TODAY);
    assert.ok(r.ok);
    if (!r.ok) return;
    assert.deepEqual(r.value, {
      idNumber: '11010519491231002X',
      maskedIdNumber: '1101**********002X',
      birthDate: '1949-12-31',
      sex: 'female',
      issueRegionCode: '110105',
    });
  });

  it('440781199001011238: male, born 1990-01-01', () => {
    const r = workerIdentityFromIdNumber('440781199001011238', TODAY);
    assert.ok(r.ok && r.value.sex === 'male' && r.value.birthDate === '1990-01-01');
  });

  it('rejects a wrong check character and a birth date after today', () => {
    const bad = workerIdentityFromIdNumber('440781199001011239', TODAY);
    assert.equal(bad.ok, false);
    if (!bad.ok) assert.equal(bad.issues[0]?.code, 'id_number.check_character');
    const future = workerIdentityFromIdNumber('440781202601011236', TODAY); // valid check character, born 2026-01-01
    assert.equal(future.ok, false);
    if (!future.ok) assert.equal(future.issues[0]?.code, 'id_number.birth_date_future');
  });
});

describe('workerAgeOn', () => {
  it('counts completed years; the birthday itself counts; 29 February turns on 1 March in other years', () => {
    assert.equal(workerAgeOn('1990-01-01', '2025-01-01'), 35);
    assert.equal(workerAgeOn('1990-01-01', '2024-12-31'), 34);
    assert.equal(workerAgeOn('2000-02-29', '2025-02-28'), 24);
    assert.equal(workerAgeOn('2000-02-29', '2025-03-01'), 25);
  });
});

describe('workerIdentityIssues — typed-in sex and birth date must agree with the ID number (imports carry both)', () => {
  it('agreeing or absent columns pass', () => {
    assert.deepEqual(workerIdentityIssues({ idNumber: '440781199001011238', sex: 'male', birthDate: '1990-01-01' }, TODAY), []);
    assert.deepEqual(workerIdentityIssues({ idNumber: '440781199001011238' }, TODAY), []);
  });

  it('contradictions and a bad ID number', () => {
    assert.deepEqual(
      workerIdentityIssues({ idNumber: '440781199001011238', sex: 'female', birthDate: '1990-01-02' }, TODAY).map((i) => [i.path, i.code]),
      [
        ['sex', 'worker.sex_mismatch'],
        ['birthDate', 'worker.birth_date_mismatch'],
      ],
    );
    assert.deepEqual(workerIdentityIssues({ idNumber: '4407811990010112' }, TODAY).map((i) => [i.path, i.code]), [['idNumber', 'id_number.length']]);
  });
});
