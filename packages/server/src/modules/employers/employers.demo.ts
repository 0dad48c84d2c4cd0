import { and, eq, inArray } from 'drizzle-orm';
import { employerHazardClass, todayCst } from '@ohnet/domain';
import { type Db, transaction } from '../../db/client.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { systemSettings } from '../system/system.table.ts';
import { employerProfiles, postHazards, posts } from './employers.table.ts';

const KEY = 'demo.employer_base_loaded';

/**
 * Base records of the demo employers outside 海宴五金 (whose profile the declaration journey fills
 * in): an employer profile with its GB/T 4754 industry and one post with its hazard factor. With
 * them the plan indicators have something to count in every demo region — 0 % declared until an
 * employer declares, instead of "not computed". Runs once (after the other demos), never in the
 * test template.
 */
const BASE: readonly { name: string; industryCode: string; staffCount: number; post: string; factorName: string; category: string; exposed: number }[] = [
  { name: '台山市广海石材加工厂（演示）', industryCode: 'C3032', staffCount: 45, post: '石材切割（演示）', factorName: '矽尘', category: '粉尘', exposed: 12 },
  { name: '开平市水口卫浴制造有限公司（演示）', industryCode: 'C3389', staffCount: 160, post: '抛光（演示）', factorName: '噪声', category: '物理因素', exposed: 30 },
  { name: '吴忠市利通区铸造有限公司（演示）', industryCode: 'C3391', staffCount: 85, post: '浇注（演示）', factorName: '矽尘', category: '粉尘', exposed: 18 },
  { name: '天津市津南区精密电子有限公司（演示）', industryCode: 'C3982', staffCount: 220, post: '波峰焊（演示）', factorName: '铅烟', category: '化学因素', exposed: 16 },
  { name: '云南省个旧市锡业采选有限公司（演示）', industryCode: 'B0921', staffCount: 310, post: '井下凿岩（演示）', factorName: '矽尘', category: '粉尘', exposed: 40 },
];

export async function seedEmployerBaseDemo(db: Db): Promise<boolean> {
  const [done] = await db.select().from(systemSettings).where(eq(systemSettings.key, KEY));
  if (done) return false;
  const found = await db
    .select({ id: organisations.id, name: organisations.name, regionCode: organisations.regionCode })
    .from(organisations)
    .where(and(eq(organisations.type, 'employer'), inArray(organisations.name, BASE.map((b) => b.name))));
  await transaction(db, async (tx) => {
    for (const b of BASE) {
      const org = found.find((o) => o.name === b.name);
      if (!org) continue;
      // As the profile form does: the severe-hazard class is derived from the industry (2021 catalogue).
      const hazard = employerHazardClass(b.industryCode, todayCst());
      await tx
        .insert(employerProfiles)
        .values({ employerId: org.id, regionCode: org.regionCode, industryCode: b.industryCode, industrySection: b.industryCode.charAt(0), sizeClass: b.staffCount >= 300 ? 'medium' : 'small', staffCount: b.staffCount, hazardClass: hazard.hazardClass, hazardClassCitation: hazard.citation })
        .onConflictDoNothing();
      const [post] = await tx.insert(posts).values({ employerId: org.id, regionCode: org.regionCode, name: b.post }).returning({ id: posts.id });
      await tx.insert(postHazards).values({ employerId: org.id, postId: post!.id, factorName: b.factorName, category: b.category, exposedCount: b.exposed });
    }
    await tx.insert(systemSettings).values({ key: KEY, value: { at: new Date().toISOString() } });
  });
  return true;
}
