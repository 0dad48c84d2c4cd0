/**
 * Creates the first system administrator (and the platform-operator organisation if there is none).
 *   npm run create-admin -- --username root [--name 管理员] [--password '...']
 * Without --password a temporary password is generated and printed; it must be changed at first sign-in.
 */
import { parseArgs } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { passwordIssues } from '@ohnet/domain';
import { loadConfig } from '../config.ts';
import { transaction } from '../db/client.ts';
import { openAndPrepare } from '../db/prepare.ts';
import { organisations } from '../modules/organisations/organisations.table.ts';
import { users } from '../modules/users/users.table.ts';
import { hashPassword, temporaryPassword } from '../platform/auth/passwords.ts';
import { writeAudit } from '../platform/audit/audit.writer.ts';

const { values } = parseArgs({
  options: { username: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' }, region: { type: 'string' } },
});
if (!values.username) {
  console.error('usage: npm run create-admin -- --username <name> [--name <display name>] [--password <password>] [--region <code>]');
  process.exit(2);
}
const config = loadConfig({ ...process.env, DEMO: process.env.DEMO ?? '0' });
const { database } = await openAndPrepare(config);
const db = database.db;
try {
  const generated = values.password ? null : temporaryPassword();
  const password = values.password ?? generated!;
  const issues = passwordIssues(password, values.username);
  if (issues.length) throw new Error(issues.map((i) => i.message).join('; '));
  const exists = await db.select({ id: users.id }).from(users).where(sql`lower(${users.username}) = lower(${values.username})`);
  if (exists.length) throw new Error(`user ${values.username} already exists`);
  const passwordHash = await hashPassword(password);
  await transaction(db, async (tx) => {
    let org = (await tx.select().from(organisations).where(eq(organisations.type, 'platform_operator')).limit(1))[0];
    if (!org) {
      [org] = await tx
        .insert(organisations)
        .values({ type: 'platform_operator', name: '平台运维中心', regionCode: values.region ?? '110000' })
        .returning();
    }
    if (!org) throw new Error('could not create the platform operator');
    const [user] = await tx
      .insert(users)
      .values({ organisationId: org.id, regionCode: org.regionCode, username: values.username!, displayName: values.name ?? '系统管理员', passwordHash, roles: ['system_admin'], mustChangePassword: generated !== null })
      .returning({ id: users.id });
    await writeAudit(tx, { userId: null, username: 'cli', organisationId: null, roles: [], requestId: null, ip: null }, [
      { action: 'user.create', entityType: 'user', entityId: user!.id, meta: { via: 'create-admin' } },
    ]);
  });
  console.log(`Administrator ${values.username} created.${generated ? ` Temporary password: ${generated} (change it at first sign-in)` : ''}`);
} catch (e) {
  console.error(`create-admin failed: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
