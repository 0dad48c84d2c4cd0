import { bucketStartOf, todayCst } from '@ohnet/domain';
import type { Db } from '../../db/client.ts';
import { posts } from '../employers/employers.table.ts';
import { recomputeDevice } from './monitoring.service.ts';
import { simulatedReadings } from './monitoring.simulation.ts';
import { sensorDevices, sensorReadings } from './monitoring.table.ts';

/**
 * Demo data (DEMO ONLY): a welding/pressing post of 台山市海宴五金制品有限公司（演示） with one dust
 * and one noise device and the simulated day before the seeding (China time) of readings, so the
 * live page has a 24-hour chart and closed alerts. No device key is seeded: issue one on the page.
 * The post carries no hazard rows: the declaration journeys and tests count the employer's post
 * hazards, and a demo post must not change what they declare.
 */
export async function seedMonitoringDemo(tx: Db, employer: { id: string; regionCode: string }, now: Date = new Date()): Promise<void> {
  const [post] = await tx.insert(posts).values({ employerId: employer.id, regionCode: employer.regionCode, name: '焊接冲压岗（在线监测演示）', workplaceName: '一号厂房' }).returning({ id: posts.id });
  const postId = post!.id;
  const devices = await tx
    .insert(sensorDevices)
    .values([
      { employerId: employer.id, postId, regionCode: employer.regionCode, code: 'HY-DUST-01', factorKind: 'dust' as const, factorName: '电焊烟尘', dustFraction: 'total' as const, unit: 'mg/m³', location: '焊接工位（一号厂房东侧）' },
      { employerId: employer.id, postId, regionCode: employer.regionCode, code: 'HY-NOISE-01', factorKind: 'noise' as const, factorName: '噪声', unit: 'dB(A)', location: '冲压线（一号厂房西侧）' },
    ])
    .returning();
  const day = todayCst(new Date(now.getTime() - 86_400_000));
  for (const device of devices) {
    const readings = simulatedReadings(device.factorKind === 'noise' ? 'noise' : 'dust', day);
    await tx.insert(sensorReadings).values(readings.map((r) => ({ deviceId: device.id, ts: new Date(r.timestamp), value: r.value })));
    const buckets = new Set(readings.map((r) => bucketStartOf(new Date(r.timestamp)).getTime()));
    await recomputeDevice(tx, device, [...buckets].sort((a, b) => a - b));
  }
}
