import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../platform/audit/audit.table.ts';
import { type Session, type TestApp, createTestApp } from '../../testing/test-app.ts';
import { posts } from '../employers/employers.table.ts';
import { reduceOldReadings } from './monitoring.retention.ts';
import { sensorAggregates, sensorDeviceKeys, sensorReadings } from './monitoring.table.ts';

const EMPLOYER = '台山市海宴五金制品有限公司（演示）';
const FOREIGN_EMPLOYER = '吴忠市利通区铸造有限公司（演示）';
const DAY = '2026-03-02';
const STEP_MIN = 5;

/** A reading every 5 minutes of the deterministic day, CST. */
function dayOfReadings(valueAt: (hour: number) => number, fromHour = 0, toHour = 24) {
  const out: { timestamp: string; value: number }[] = [];
  for (let m = fromHour * 60; m < toHour * 60; m += STEP_MIN) {
    const hh = String(Math.floor(m / 60)).padStart(2, '0');
    const mm = String(m % 60).padStart(2, '0');
    out.push({ timestamp: `${DAY}T${hh}:${mm}:00+08:00`, value: valueAt(Math.floor(m / 60)) });
  }
  return out;
}
const cst = (hhmm: string) => new Date(`${DAY}T${hhmm}:00+08:00`).toISOString();

describe('monitoring routes', () => {
  let t: TestApp;
  let employer: Session;
  let regulator: Session;
  let city: Session;
  let foreignRegulator: Session;
  let techService: Session;
  let employerId: string;
  let foreignEmployerId: string;
  let postId: string;
  let foreignPostId: string;
  const dust = { id: '', code: 'TS-DUST-01', key: '', keyId: '' };
  const noise = { id: '', code: 'TS-NOISE-01', key: '', keyId: '' };

  const ingest = (key: string | null, body: unknown) =>
    t.request(null, { method: 'POST', url: '/api/v1/monitoring/readings', payload: body as Record<string, unknown>, headers: key ? { 'x-device-key': key } : {} });

  before(async () => {
    t = await createTestApp({ monitoring: { rawRetentionDays: 3650, ingestRateLimitPerMinute: 100_000 } });
    employer = await t.login('ts.qiye');
    regulator = await t.login('ts.weijian');
    city = await t.login('jm.weijian');
    foreignRegulator = await t.login('wz.weijian');
    techService = await t.login('jm.jishu');
    employerId = await t.orgId(EMPLOYER);
    foreignEmployerId = await t.orgId(FOREIGN_EMPLOYER);
    const [p] = await t.db.insert(posts).values({ employerId, regionCode: '440781111', name: '打磨岗' }).returning({ id: posts.id });
    postId = p!.id;
    const [fp] = await t.db.insert(posts).values({ employerId: foreignEmployerId, regionCode: '640302', name: '浇铸岗' }).returning({ id: posts.id });
    foreignPostId = fp!.id;
  });
  after(() => t.close());

  describe('device registration and keys', () => {
    it('the employer registers a dust and a noise device; the key is answered once and stored hashed', async () => {
      const res = await t.request(employer, {
        method: 'POST',
        url: `/api/v1/employers/${employerId}/monitoring/devices`,
        payload: { postId, code: dust.code, factorKind: 'dust', factorName: '电焊烟尘', unit: 'mg/m³', location: '打磨工位 1 号' },
      });
      assert.equal(res.statusCode, 201, res.body);
      const body = res.json();
      assert.match(body.secret, /^ohk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
      assert.equal(body.device.limits.limit, 4);
      assert.equal(body.device.limits.actionLevel, 2);
      assert.equal(body.device.limits.verified, false);
      assert.equal(body.device.dustFraction, 'total');
      Object.assign(dust, { id: body.device.id, key: body.secret, keyId: body.key.id });
      const [stored] = await t.db.select().from(sensorDeviceKeys).where(eq(sensorDeviceKeys.id, body.key.id));
      assert.equal(stored!.secretHash.length, 64);
      assert.ok(!body.secret.includes(stored!.secretHash));
      const audit = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, dust.id), eq(auditLog.action, 'monitoring.device.register')));
      assert.equal(audit.length, 1);

      const n = await t.request(regulator, {
        method: 'POST',
        url: `/api/v1/employers/${employerId}/monitoring/devices`,
        payload: { postId, code: noise.code, factorKind: 'noise', factorName: '噪声', unit: 'dB(A)' },
      });
      assert.equal(n.statusCode, 201, n.body);
      Object.assign(noise, { id: n.json().device.id, key: n.json().secret, keyId: n.json().key.id });

      const state = await t.request(employer, { method: 'GET', url: `/api/v1/employers/${employerId}/monitoring` });
      assert.equal(state.statusCode, 200);
      assert.ok(!state.body.includes(dust.key.split('_')[2]!), 'the secret is never shown again');
      assert.deepEqual(
        state.json().devices.map((d: { code: string }) => d.code),
        ['HY-DUST-01', 'HY-NOISE-01', dust.code, noise.code],
        'the two demo devices come first (sorted by code)',
      );
    });

    it('422 names the field: unit of another kind, factor of another kind, post of another employer, unknown field', async () => {
      const url = `/api/v1/employers/${employerId}/monitoring/devices`;
      const unit = await t.request(employer, { method: 'POST', url, payload: { postId, code: 'TS-X-01', factorKind: 'noise', factorName: '噪声', unit: 'mg/m³' } });
      assert.equal(unit.statusCode, 422);
      assert.deepEqual(unit.json().details.issues.map((i: { path: string; code: string }) => [i.path, i.code]), [['unit', 'monitoring.unit_mismatch']]);
      const kind = await t.request(employer, { method: 'POST', url, payload: { postId, code: 'TS-X-01', factorKind: 'dust', factorName: '苯', unit: 'mg/m³' } });
      assert.equal(kind.statusCode, 422);
      assert.equal(kind.json().details.issues[0].code, 'monitoring.factor_kind_mismatch');
      const post = await t.request(employer, { method: 'POST', url, payload: { postId: foreignPostId, code: 'TS-X-01', factorKind: 'noise', factorName: '噪声', unit: 'dB(A)' } });
      assert.equal(post.statusCode, 422);
      assert.equal(post.json().details.issues[0].path, 'postId');
      const extra = await t.request(employer, { method: 'POST', url, payload: { postId, code: 'TS-X-01', factorKind: 'noise', factorName: '噪声', unit: 'dB(A)', colour: 'red' } });
      assert.equal(extra.statusCode, 422);
    });

    it('409 for a code already registered; 401 / 403 / 404 by session, role and scope', async () => {
      const url = `/api/v1/employers/${employerId}/monitoring/devices`;
      const payload = { postId, code: dust.code, factorKind: 'dust', factorName: '电焊烟尘', unit: 'mg/m³' };
      assert.equal((await t.request(employer, { method: 'POST', url, payload })).json().code, 'monitoring.device_code_taken');
      assert.equal((await t.request(null, { method: 'POST', url, payload })).statusCode, 401);
      assert.equal((await t.request(techService, { method: 'POST', url, payload })).statusCode, 403);
      assert.equal((await t.request(foreignRegulator, { method: 'POST', url, payload })).statusCode, 404);
      assert.equal((await t.request(foreignRegulator, { method: 'GET', url: `/api/v1/monitoring/devices/${dust.id}/series` })).statusCode, 404);
      assert.equal((await t.request(city, { method: 'GET', url: `/api/v1/monitoring/devices/${dust.id}/series` })).statusCode, 200);
    });
  });

  describe('ingestion', () => {
    it('401 for a missing, malformed or wrong key', async () => {
      const body = { deviceId: dust.code, readings: [{ timestamp: `${DAY}T00:00:00+08:00`, value: 1 }] };
      assert.equal((await ingest(null, body)).json().code, 'monitoring.key_missing');
      assert.equal((await ingest('nonsense', body)).json().code, 'monitoring.key_invalid');
      const wrongSecret = `${dust.key.slice(0, 17)}${'A'.repeat(43)}`;
      const r = await ingest(wrongSecret, body);
      assert.equal(r.statusCode, 401);
      assert.equal(r.json().code, 'monitoring.key_invalid');
    });

    it('404 for an unknown device, 403 for another device of the same employer', async () => {
      const unknown = await ingest(dust.key, { deviceId: 'NO-SUCH-DEVICE', readings: [{ timestamp: `${DAY}T00:00:00+08:00`, value: 1 }] });
      assert.equal(unknown.statusCode, 404);
      assert.equal(unknown.json().code, 'monitoring_device.not_found');
      const other = await ingest(dust.key, { deviceId: noise.code, readings: [{ timestamp: `${DAY}T00:00:00+08:00`, value: 80 }] });
      assert.equal(other.statusCode, 403);
      assert.equal(other.json().code, 'monitoring.key_not_for_device');
    });

    it('422 for a malformed batch: empty, over 1000 readings, unknown fields', async () => {
      assert.equal((await ingest(dust.key, { deviceId: dust.code, readings: [] })).statusCode, 422);
      const many = Array.from({ length: 1001 }, (_, i) => ({ timestamp: new Date(Date.parse(`${DAY}T00:00:00Z`) + i * 1000).toISOString(), value: 1 }));
      assert.equal((await ingest(dust.key, { deviceId: dust.code, readings: many })).statusCode, 422);
      assert.equal((await ingest(dust.key, { deviceId: dust.code, readings: [{ timestamp: `${DAY}T00:00:00+08:00`, value: 1, extra: 1 }] })).statusCode, 422);
    });

    it('partial acceptance: bad readings are listed by index and reason, the rest are stored', async () => {
      const future = new Date(Date.now() + 3_600_000).toISOString();
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/monitoring/readings',
        headers: { 'x-device-key': noise.key, 'content-type': 'application/json' },
        // 1e999 parses to Infinity: a non-finite value as a device can send it in JSON.
        payload: `{"deviceId":"${noise.code}","readings":[
          {"timestamp":"2026-03-01T10:00:00+08:00","value":75},
          {"timestamp":"2026-03-01T10:05:00+08:00","value":1e999},
          {"timestamp":"2026-03-01T10:10:00+08:00","value":"loud"},
          {"timestamp":"2026-03-01T10:15:00+08:00","value":76,"unit":"mg/m³"},
          {"timestamp":"${future}","value":77},
          {"timestamp":"2026-03-01 10:25","value":78},
          {"timestamp":"2026-03-01T10:30:00+08:00","value":-3}
        ]}`,
      });
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json();
      assert.equal(body.accepted, 1);
      assert.deepEqual(
        body.rejected.map((r: { index: number; code: string }) => [r.index, r.code]),
        [
          [1, 'monitoring.value_not_finite'],
          [2, 'monitoring.value_not_finite'],
          [3, 'monitoring.unit_mismatch'],
          [4, 'monitoring.timestamp_in_future'],
          [5, 'monitoring.timestamp_invalid'],
          [6, 'monitoring.value_out_of_range'],
        ],
      );
      // Re-uploading is idempotent: the stored reading is a duplicate, nothing changes.
      const again = await ingest(noise.key, { deviceId: noise.code, readings: [{ timestamp: '2026-03-01T02:00:00Z', value: 99 }] });
      assert.equal(again.json().accepted, 0);
      assert.deepEqual(again.json().duplicates, [{ index: 0, timestamp: '2026-03-01T02:00:00.000Z' }]);
      const [stored] = await t.db.select().from(sensorReadings).where(eq(sensorReadings.deviceId, noise.id));
      assert.equal(stored!.value, 75, 'the first value is kept');
    });

    it('refuses readings older than the retention period', async () => {
      const res = await ingest(dust.key, { deviceId: dust.code, readings: [{ timestamp: '2010-01-01T00:00:00Z', value: 1 }] });
      assert.equal(res.json().rejected[0].code, 'monitoring.timestamp_too_old');
    });
  });

  describe('a simulated day: alerts open and close when expected', () => {
    // Dust (电焊烟尘, PC-TWA 4, action level 2): 1.0 mg/m³ until 08:00, 9.0 until 12:00, then 0.5.
    // Rolling C_TWA at 08:00 + k·15 min = 1 + k/4 → action level (> 2) at 09:15, limit (> 4) at 11:15,
    // peak 5.0 at 12:00; afterwards (152 − 8.5·i)/32 from 16:00 → limit closes (< 3.6) at 17:15,
    // action level closes (< 1.8) at 19:00.
    const dustAt = (h: number) => (h < 8 ? 1 : h < 12 ? 9 : 0.5);
    // Noise: 70 dB(A), 88 dB(A) from 08:00 to 16:00, then 70. L_EX,8h (rounded to 0.1): action level
    // (≥ 80) at 09:15 (80.3), limit (> 85) at 12:00 (85.1); peak 88.0 at 16:00; limit closes (< 84) at
    // 21:00 (83.9), action level closes (< 79) at 23:15 (78.3).
    const noiseAt = (h: number) => (h >= 8 && h < 16 ? 88 : 70);

    it('dust sent hour by hour in order', async () => {
      for (let h = 0; h < 24; h++) {
        const res = await ingest(dust.key, { deviceId: dust.code, readings: dayOfReadings(dustAt, h, h + 1) });
        assert.equal(res.statusCode, 200, res.body);
        assert.equal(res.json().accepted, 12);
        if (h === 10) assert.deepEqual(res.json().openAlerts.map((a: { kind: string }) => a.kind), ['action_level']);
        if (h === 12) assert.deepEqual(res.json().openAlerts.map((a: { kind: string }) => a.kind), ['action_level', 'limit']);
      }
      const alerts = await t.request(employer, { method: 'GET', url: `/api/v1/monitoring/alerts?state=all&employerId=${employerId}` });
      const mine = alerts.json().items.filter((a: { deviceId: string }) => a.deviceId === dust.id);
      assert.deepEqual(
        mine.map((a: { kind: string; openedAt: string; closedAt: string; peakValue: number }) => [a.kind, a.openedAt, a.closedAt, a.peakValue]).sort(),
        [
          ['action_level', cst('09:15'), cst('19:00'), 5],
          ['limit', cst('11:15'), cst('17:15'), 5],
        ],
      );
      assert.match(mine[0].citation, /GBZ 2\.1-2019 表2/);
    });

    it('noise sent out of order (last hour first) gives the same episodes as in order', async () => {
      for (let h = 23; h >= 0; h--) {
        const res = await ingest(noise.key, { deviceId: noise.code, readings: dayOfReadings(noiseAt, h, h + 1) });
        assert.equal(res.statusCode, 200, res.body);
      }
      const alerts = await t.request(regulator, { method: 'GET', url: '/api/v1/monitoring/alerts?state=all' });
      const mine = alerts.json().items.filter((a: { deviceId: string }) => a.deviceId === noise.id);
      assert.deepEqual(
        mine.map((a: { kind: string; openedAt: string; closedAt: string; peakValue: number }) => [a.kind, a.openedAt, a.closedAt, a.peakValue]).sort(),
        [
          ['action_level', cst('09:15'), cst('23:15'), 88],
          ['limit', cst('12:00'), cst('21:00'), 88],
        ],
      );
      assert.match(mine[0].citation, /GBZ 2\.2-2007 §11\.2\.1/);
    });

    it('the series holds 96 quarter-hours with the rolling value; the live state shows the latest values', async () => {
      const res = await t.request(employer, { method: 'GET', url: `/api/v1/monitoring/devices/${dust.id}/series?hours=24` });
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json();
      assert.equal(body.points.length, 96);
      const noon = body.points.find((p: { bucketStart: string }) => p.bucketStart === cst('11:45'));
      assert.equal(noon.rolling8h, 5);
      assert.equal(noon.mean, 9);
      const live = (await t.request(employer, { method: 'GET', url: `/api/v1/employers/${employerId}/monitoring` })).json();
      const d = live.devices.find((x: { id: string }) => x.id === dust.id);
      assert.equal(d.latest.value, 0.5);
      assert.equal(d.latest.at, cst('23:55'));
      assert.equal(d.latest15min.mean, 0.5);
      assert.equal(d.rolling8h.at, new Date(Date.parse(cst('23:45')) + 15 * 60_000).toISOString());
      assert.equal(d.rolling8h.value, 0.5);
      assert.deepEqual(d.openAlerts, []);
    });

    it('late data reopens an episode: a burst at 20:00 sent afterwards is replayed', async () => {
      // Raise 20:00–20:59 to 60 mg/m³ after the fact: the rolling C_TWA jumps over the limit again.
      const res = await ingest(dust.key, { deviceId: dust.code, readings: dayOfReadings(() => 60, 20, 21).map((r) => ({ ...r, timestamp: r.timestamp.replace(':00+08:00', ':30+08:00') })) });
      assert.equal(res.json().accepted, 12);
      assert.deepEqual(res.json().openAlerts.map((a: { kind: string }) => a.kind).sort(), ['action_level', 'limit']);
      const home = await t.request(regulator, { method: 'GET', url: '/api/v1/home' });
      const todo = home.json().todos.find((x: { key: string }) => x.key === 'monitoring.open_alerts');
      assert.equal(todo.count, 2);
      const foreign = await t.request(foreignRegulator, { method: 'GET', url: '/api/v1/monitoring/alerts?state=all' });
      assert.equal(foreign.json().total, 0, 'alerts of another region are not listed');
    });
  });

  describe('key rotation, revocation and retirement', () => {
    it('a second key works, the revoked one answers 401 key_revoked, revoking twice is 409', async () => {
      const issued = await t.request(employer, { method: 'POST', url: `/api/v1/monitoring/devices/${dust.id}/keys`, payload: { label: '轮换' } });
      assert.equal(issued.statusCode, 201, issued.body);
      const newKey = issued.json().secret as string;
      const revoke = await t.request(employer, { method: 'POST', url: `/api/v1/monitoring/devices/${dust.id}/keys/${dust.keyId}/revoke` });
      assert.equal(revoke.statusCode, 200, revoke.body);
      assert.ok(revoke.json().revokedAt);
      const body = { deviceId: dust.code, readings: [{ timestamp: `${DAY}T23:59:00+08:00`, value: 0.5 }] };
      const old = await ingest(dust.key, body);
      assert.equal(old.statusCode, 401);
      assert.equal(old.json().code, 'monitoring.key_revoked');
      assert.equal((await ingest(newKey, body)).statusCode, 200);
      const twice = await t.request(employer, { method: 'POST', url: `/api/v1/monitoring/devices/${dust.id}/keys/${dust.keyId}/revoke` });
      assert.equal(twice.statusCode, 409);
      assert.equal((await t.request(foreignRegulator, { method: 'POST', url: `/api/v1/monitoring/devices/${dust.id}/keys`, payload: {} })).statusCode, 404);
      assert.equal((await t.request(city, { method: 'POST', url: `/api/v1/monitoring/devices/${dust.id}/keys/00000000-0000-4000-8000-000000000000/revoke` })).statusCode, 404);
    });

    it('a retired device stops accepting data (its keys are revoked); retiring twice is 409', async () => {
      const issued = await t.request(employer, { method: 'POST', url: `/api/v1/monitoring/devices/${noise.id}/keys`, payload: {} });
      const res = await t.request(employer, { method: 'POST', url: `/api/v1/monitoring/devices/${noise.id}/retire` });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().status, 'retired');
      assert.equal((await ingest(issued.json().secret, { deviceId: noise.code, readings: [{ timestamp: `${DAY}T23:59:00+08:00`, value: 70 }] })).json().code, 'monitoring.key_revoked');
      assert.equal((await t.request(employer, { method: 'POST', url: `/api/v1/monitoring/devices/${noise.id}/retire` })).statusCode, 409);
      assert.equal((await t.request(employer, { method: 'POST', url: `/api/v1/monitoring/devices/${noise.id}/keys`, payload: {} })).statusCode, 409);
    });
  });

  describe('demo data', () => {
    it('the demo post of 海宴五金 has a dust and a noise device with a day of quarter-hours and closed alerts', async () => {
      const live = (await t.request(regulator, { method: 'GET', url: `/api/v1/employers/${employerId}/monitoring` })).json();
      for (const code of ['HY-DUST-01', 'HY-NOISE-01']) {
        const d = live.devices.find((x: { code: string }) => x.code === code);
        assert.ok(d, code);
        assert.deepEqual(d.openAlerts, []);
        const series = (await t.request(regulator, { method: 'GET', url: `/api/v1/monitoring/devices/${d.id}/series` })).json();
        assert.equal(series.points.length, 96, code);
        assert.deepEqual(series.alerts.map((a: { kind: string }) => a.kind).sort(), ['action_level', 'limit'], code);
        assert.ok(series.alerts.every((a: { closedAt: string | null }) => a.closedAt !== null));
      }
    });
  });

  describe('retention', () => {
    it('reduces raw readings past the period to their aggregates, idempotently', async () => {
      const before = await t.db.select().from(sensorAggregates).where(eq(sensorAggregates.deviceId, dust.id));
      const first = await reduceOldReadings(t.db, { monitoring: { rawRetentionDays: 1, ingestRateLimitPerMinute: 1 } }, new Date('2026-03-10T00:00:00Z'));
      assert.ok(first.deleted >= 24 * 12 * 2, `deleted ${first.deleted}`);
      assert.equal(first.aggregated, 0, 'every quarter-hour already had its aggregate');
      assert.equal((await t.db.select().from(sensorReadings).where(eq(sensorReadings.deviceId, dust.id))).length, 0);
      const afterRows = await t.db.select().from(sensorAggregates).where(eq(sensorAggregates.deviceId, dust.id));
      assert.equal(afterRows.length, before.length);
      assert.ok(afterRows.every((r) => r.isReduced));
      // Raw readings without an aggregate (written around the service) are aggregated before deletion: noise by energy.
      await t.db.insert(sensorReadings).values([
        { deviceId: noise.id, ts: new Date('2026-02-01T00:01:00Z'), value: 80 },
        { deviceId: noise.id, ts: new Date('2026-02-01T00:02:00Z'), value: 90 },
      ]);
      const third = await reduceOldReadings(t.db, { monitoring: { rawRetentionDays: 1, ingestRateLimitPerMinute: 1 } }, new Date('2026-03-10T00:00:00Z'));
      assert.deepEqual([third.aggregated, third.reduced, third.deleted], [1, 1, 2]);
      const [feb] = await t.db.select().from(sensorAggregates).where(and(eq(sensorAggregates.deviceId, noise.id), eq(sensorAggregates.bucketStart, new Date('2026-02-01T00:00:00Z'))));
      assert.equal(Math.round(feb!.mean * 100) / 100, 87.4, '10·lg((10^8 + 10^9)/2)');
      assert.equal(feb!.isReduced, true);
      const second = await reduceOldReadings(t.db, { monitoring: { rawRetentionDays: 1, ingestRateLimitPerMinute: 1 } }, new Date('2026-03-10T00:00:00Z'));
      assert.deepEqual([second.deleted, second.reduced, second.aggregated], [0, 0, 0]);
      // The live page still shows the last values from the aggregates.
      const live = (await t.request(employer, { method: 'GET', url: `/api/v1/employers/${employerId}/monitoring` })).json();
      assert.equal(live.devices.find((x: { id: string }) => x.id === dust.id).latest15min.mean, 0.5);
    });
  });
});

describe('monitoring ingestion rate limit', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ monitoring: { rawRetentionDays: 3650, ingestRateLimitPerMinute: 2 } });
  });
  after(() => t.close());

  it('answers 429 past the per-key limit per minute', async () => {
    const send = () => t.request(null, { method: 'POST', url: '/api/v1/monitoring/readings', headers: { 'x-device-key': 'ohk_000000000000_x' }, payload: { deviceId: 'X', readings: [{ timestamp: '2026-03-02T00:00:00Z', value: 1 }] } });
    assert.equal((await send()).statusCode, 401);
    assert.equal((await send()).statusCode, 401);
    assert.equal((await send()).statusCode, 429);
  });
});
