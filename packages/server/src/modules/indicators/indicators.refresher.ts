import { sql } from 'drizzle-orm';
import { todayCst } from '@ohnet/domain';
import type { Db } from '../../db/client.ts';
import type { IndicatorEngine } from './indicators.engine.ts';

interface Log {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

/**
 * Marks every group dirty once per CST day (facts of the current year are evaluated as of today:
 * a declaration falls overdue, an employment ends). Several processes may call it: only the one that
 * moves `system_settings['indicators.rolled_on']` to today marks. Returns the groups marked (0 when
 * another process or an earlier call did it).
 */
export async function rollIndicatorDay(db: Db, engine: IndicatorEngine, today = todayCst()): Promise<number> {
  const res = await db.execute(sql`insert into system_settings (key, value) values ('indicators.rolled_on', ${JSON.stringify(today)}::jsonb)
    on conflict (key) do update set value = excluded.value, updated_at = now() where system_settings.value <> excluded.value
    returning key`);
  const won = (Array.isArray(res) ? res : ((res as { rows?: unknown[] }).rows ?? [])).length > 0;
  return won ? engine.markAll(db) : 0;
}

/**
 * Keeps the indicator aggregates fresh in a server process: drains the dirty queue every second (a
 * record written through any path shows in the indicators within about a second even when nobody
 * reads them) and rolls the day. Returns a stop function.
 */
export function startIndicatorRefresher(db: Db, engine: IndicatorEngine, log: Log, intervalMs = 1000): () => Promise<void> {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = (async () => {
      try {
        const marked = await rollIndicatorDay(db, engine);
        if (marked > 0) log.info({ groups: marked }, 'indicators: new day, every group marked for re-evaluation');
        const n = await engine.drain(db, { maxRounds: 50, wait: false });
        if (n > 0) log.info({ groups: n }, 'indicators: groups refreshed');
      } catch (err) {
        log.warn({ err }, 'indicators: refresh failed (will retry)');
      } finally {
        running = null;
      }
    })();
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
