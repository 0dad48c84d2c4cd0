import { sql } from 'drizzle-orm';
import { todayCst } from '@ohnet/domain';
import { type Db, queryRows, transaction } from '../../db/client.ts';

/**
 * The indicator engine (issue 7): facts per record, aggregates per leaf region, kept fresh by deltas.
 *
 * - A **provider** (one per computed indicator, see indicators.providers.ts) computes the facts of a
 *   set of *groups*: all facts of one employer (`employer` groups), or of one global source
 *   (`global` groups, e.g. the exam-institution registry for the county-coverage indicator). A
 *   group's facts depend only on rows of that group, so recomputing the group is always exact.
 * - Statement-level triggers on every source table mark groups dirty (`indicator_dirty`), whatever
 *   path wrote the rows. `drain` recomputes dirty groups: it deletes their old facts, inserts the new
 *   ones and moves `indicator_aggregates` by the difference — all in one transaction, with the dirty
 *   rows locked (`FOR UPDATE SKIP LOCKED`), so several processes can drain at once.
 * - Reads (dashboard, plan evaluation) drain first, so a write is reflected in the next read; the
 *   server also drains every second in the background.
 * - `recomputeAll` rebuilds everything from the records; `check` compares the stored facts and
 *   aggregates with a fresh computation (the proof that incremental = full).
 *
 * Values of the current year are evaluated as of today (CST): facts of the current year depend on
 * the date (a declaration becomes overdue, an employment ends), so `rollDay` marks every group with
 * current-year facts dirty once a day.
 */

/** First year facts are computed for (the plans' baseline year is 2020). */
export const INDICATOR_FIRST_YEAR = 2020;

export type GroupKind = 'employer' | 'global';

export interface Fact {
  indicatorId: string;
  period: string;
  category: string;
  subjectKey: string;
  regionCode: string;
  employerId: string | null;
  num: 0 | 1;
  den: 0 | 1;
}

/** One record behind a value, for drill-through lists. */
export interface DrillRecord {
  subjectKey: string;
  label: string;
  detail: string | null;
  employerId: string | null;
  employerName: string | null;
  regionCode: string;
  /** Web route of the record, when one exists. */
  href: string | null;
}

export interface IndicatorProvider {
  indicatorId: string;
  groupKind: GroupKind;
  /** For `global` providers: the one group key they own. */
  globalKey?: string;
  /** Categories the facts are broken down by ('' = whole indicator only). */
  categorised: boolean;
  /** Facts of these groups for these years; `today` is the evaluation date of the current year. */
  facts(db: Db, groupKeys: readonly string[], years: readonly number[], today: string): Promise<Fact[]>;
  /** Every group key that can have facts (for full recomputation). */
  allGroups(db: Db): Promise<string[]>;
  /** Labels for drill-through (personal data masked). */
  describe(db: Db, subjectKeys: readonly string[]): Promise<DrillRecord[]>;
}

export interface AggregateRow {
  indicatorId: string;
  period: string;
  category: string;
  regionCode: string;
  num: number;
  den: number;
  facts: number;
}

export function yearsUpTo(today: string): number[] {
  const last = Number(today.slice(0, 4));
  const out: number[] = [];
  for (let y = INDICATOR_FIRST_YEAR; y <= last; y++) out.push(y);
  return out;
}

/** Evaluation date of a year: its last day, or today for the current year. */
export function evaluationDate(year: number, today: string): string {
  const end = `${year}-12-31`;
  return today < end ? today : end;
}

const factKey = (f: { indicatorId: string; period: string; category: string; regionCode: string }) => `${f.indicatorId}|${f.period}|${f.category}|${f.regionCode}`;


const CHUNK = 1000;
/** Rows per insert statement: one JSON parameter each, unpacked by jsonb_to_recordset. */
const INSERT_CHUNK = 5000;

async function insertFacts(tx: Db, groupKind: GroupKind, groupKeyOf: (f: Fact) => string, facts: readonly Fact[]): Promise<void> {
  for (let i = 0; i < facts.length; i += INSERT_CHUNK) {
    const part = facts.slice(i, i + INSERT_CHUNK).map((f) => ({ i: f.indicatorId, p: f.period, c: f.category, k: groupKeyOf(f), s: f.subjectKey, r: f.regionCode, e: f.employerId, n: f.num, d: f.den }));
    await tx.execute(sql`insert into indicator_facts (indicator_id, period, category, group_kind, group_key, subject_key, region_code, employer_id, num, den)
      select x.i, x.p, x.c, ${groupKind}, x.k, x.s, x.r, x.e, x.n, x.d
      from jsonb_to_recordset(${JSON.stringify(part)}::jsonb) as x(i text, p text, c text, k text, s text, r text, e uuid, n smallint, d smallint)`);
  }
}

async function applyDeltas(tx: Db, deltas: Map<string, AggregateRow>): Promise<void> {
  const list = [...deltas.values()].filter((d) => d.num !== 0 || d.den !== 0 || d.facts !== 0);
  for (let i = 0; i < list.length; i += INSERT_CHUNK) {
    const part = list.slice(i, i + INSERT_CHUNK).map((d) => ({ i: d.indicatorId, p: d.period, c: d.category, r: d.regionCode, n: d.num, d: d.den, f: d.facts }));
    const empty = (await queryRows<{ indicator_id: string; period: string; category: string; region_code: string; facts: number }>(tx, sql`insert into indicator_aggregates as a (indicator_id, period, category, region_code, num, den, facts)
        select x.i, x.p, x.c, x.r, x.n, x.d, x.f from jsonb_to_recordset(${JSON.stringify(part)}::jsonb) as x(i text, p text, c text, r text, n bigint, d bigint, f bigint)
        on conflict (indicator_id, period, category, region_code) do update
        set num = a.num + excluded.num, den = a.den + excluded.den, facts = a.facts + excluded.facts, updated_at = now()
        returning a.indicator_id, a.period, a.category, a.region_code, a.facts`)).filter((r) => Number(r.facts) === 0);
    if (empty.length > 0) {
      await tx.execute(sql`delete from indicator_aggregates a using jsonb_to_recordset(${JSON.stringify(empty.map((r) => ({ i: r.indicator_id, p: r.period, c: r.category, r: r.region_code })))}::jsonb) as x(i text, p text, c text, r text)
        where a.facts = 0 and a.indicator_id = x.i and a.period = x.p and a.category = x.c and a.region_code = x.r`);
    }
  }
}

function addDelta(deltas: Map<string, AggregateRow>, f: { indicatorId: string; period: string; category: string; regionCode: string; num: number; den: number }, sign: 1 | -1): void {
  const k = factKey(f);
  const d = deltas.get(k) ?? { indicatorId: f.indicatorId, period: f.period, category: f.category, regionCode: f.regionCode, num: 0, den: 0, facts: 0 };
  d.num += sign * f.num;
  d.den += sign * f.den;
  d.facts += sign;
  deltas.set(k, d);
}

/** Drops facts with the same (indicator, period, category, subject): the first one wins. */
function unique(facts: readonly Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const k = `${f.indicatorId}|${f.period}|${f.category}|${f.subjectKey}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function createIndicatorEngine(providers: readonly IndicatorProvider[]) {
  const byKind = (kind: GroupKind) => providers.filter((p) => p.groupKind === kind);

  /** Recomputes the facts of these groups (inside `tx`) and moves the aggregates by the difference. */
  async function refreshGroups(tx: Db, kind: GroupKind, keys: readonly string[], today = todayCst()): Promise<{ facts: number }> {
    if (keys.length === 0) return { facts: 0 };
    const years = yearsUpTo(today);
    const deltas = new Map<string, AggregateRow>();
    const removed = await queryRows<{ indicator_id: string; period: string; category: string; region_code: string; num: number; den: number }>(tx, sql`delete from indicator_facts where group_kind = ${kind} and group_key in (select jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb))
        returning indicator_id, period, category, region_code, num, den`);
    for (const r of removed) addDelta(deltas, { indicatorId: r.indicator_id, period: r.period, category: r.category, regionCode: r.region_code, num: Number(r.num), den: Number(r.den) }, -1);
    let total = 0;
    for (const p of byKind(kind)) {
      const mine = kind === 'global' ? keys.filter((k) => k === p.globalKey) : keys;
      if (mine.length === 0) continue;
      const facts = unique((await p.facts(tx, mine, years, today)).filter((f) => f.num !== 0 || f.den !== 0));
      const groupKeyOf = (f: Fact) => (kind === 'global' ? (p.globalKey as string) : (f.employerId as string));
      await insertFacts(tx, kind, groupKeyOf, facts);
      for (const f of facts) addDelta(deltas, f, 1);
      total += facts.length;
    }
    await applyDeltas(tx, deltas);
    return { facts: total };
  }

  return {
    providers,

    provider(indicatorId: string): IndicatorProvider | null {
      return providers.find((p) => p.indicatorId === indicatorId) ?? null;
    },

    refreshGroups,

    /**
     * Recomputes dirty groups until none is left (or `maxRounds` batches of `batch` groups). Rows
     * another process is draining are skipped first and then waited for (unless `wait: false`, as
     * the background refresher does), so when it returns every write committed before the call is
     * in the aggregates. Returns the number of groups refreshed.
     */
    async drain(db: Db, opts: { batch?: number; maxRounds?: number; today?: string; wait?: boolean } = {}): Promise<number> {
      const batch = opts.batch ?? 200;
      let done = 0;
      let waitForOthers = false;
      for (let round = 0; round < (opts.maxRounds ?? 1000); round++) {
        const blocking = waitForOthers;
        const n = await transaction(db, async (tx) => {
          // Normally skip rows another process is draining; once nothing else is free, wait for
          // those rows (a reader must not read sums while another drain of its writes is in flight).
          const dirty = await queryRows<{ id: number; group_kind: GroupKind; group_key: string }>(tx, blocking
                ? sql`select id, group_kind, group_key from indicator_dirty order by id limit ${batch} for update`
                : sql`select id, group_kind, group_key from indicator_dirty order by id limit ${batch} for update skip locked`,);
          if (dirty.length === 0) return 0;
          const groups = [...new Set(dirty.map((d) => `${d.group_kind}|${d.group_key}`))].sort();
          // Another process may hold other queue rows of the same group: one group at a time.
          for (const g of groups) await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`indicator:${g}`}))`);
          for (const kind of ['employer', 'global'] as const) {
            const keys = groups.filter((g) => g.startsWith(`${kind}|`)).map((g) => g.slice(kind.length + 1));
            await refreshGroups(tx, kind, keys, opts.today);
          }
          await tx.execute(sql`delete from indicator_dirty where id in (${sql.join(dirty.map((d) => sql`${d.id}`), sql`, `)})`);
          return groups.length;
        });
        done += n;
        if (n > 0) {
          waitForOthers = false;
          continue;
        }
        if (blocking || opts.wait === false) break;
        // Rows left but all locked by other drainers: wait for them once, then finish.
        const [left] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from indicator_dirty`);
        if (Number(left?.n ?? 0) === 0) break;
        waitForOthers = true;
      }
      return done;
    },

    /** Number of groups waiting to be refreshed. */
    async pending(db: Db): Promise<number> {
      const [r] = await queryRows<{ n: number }>(db, sql`select count(distinct (group_kind, group_key))::int as n from indicator_dirty`);
      return Number(r?.n ?? 0);
    },

    /** Marks every group dirty (a new day, a changed definition); `drain` then refreshes them. */
    async markAll(db: Db): Promise<number> {
      let n = 0;
      for (const kind of ['employer', 'global'] as const) {
        const keys = new Set<string>();
        for (const p of byKind(kind)) for (const k of await p.allGroups(db)) keys.add(k);
        const list = [...keys];
        for (let i = 0; i < list.length; i += CHUNK) {
          const part = list.slice(i, i + CHUNK);
          await db.execute(sql`insert into indicator_dirty (group_kind, group_key) values ${sql.join(part.map((k) => sql`(${kind}, ${k})`), sql`, `)}`);
        }
        n += list.length;
      }
      return n;
    },

    /** Facts of every group computed afresh (not stored). */
    async computeAll(db: Db, today = todayCst()): Promise<Fact[]> {
      const years = yearsUpTo(today);
      const out: Fact[] = [];
      for (const p of providers) {
        const groups = p.groupKind === 'global' ? [p.globalKey as string] : await p.allGroups(db);
        for (let i = 0; i < groups.length; i += CHUNK) out.push(...unique((await p.facts(db, groups.slice(i, i + CHUNK), years, today)).filter((f) => f.num !== 0 || f.den !== 0)));
      }
      return out;
    },

    /** Rebuilds facts and aggregates from the records (a definition changed, or a repair). */
    async recomputeAll(db: Db, today = todayCst()): Promise<{ facts: number }> {
      return transaction(db, async (tx) => {
        await tx.execute(sql`delete from indicator_facts`);
        await tx.execute(sql`delete from indicator_aggregates`);
        await tx.execute(sql`delete from indicator_dirty`);
        let total = 0;
        for (const kind of ['employer', 'global'] as const) {
          const keys = new Set<string>();
          for (const p of byKind(kind)) for (const k of kind === 'global' ? [p.globalKey as string] : await p.allGroups(tx)) keys.add(k);
          const list = [...keys];
          for (let i = 0; i < list.length; i += CHUNK) total += (await refreshGroups(tx, kind, list.slice(i, i + CHUNK), today)).facts;
        }
        return { facts: total };
      });
    },

    /**
     * Compares what is stored with a full recomputation: facts (by key) and aggregates (by leaf
     * region). Run with no dirty groups pending (it drains first). Returns the differences.
     */
    async check(db: Db, today = todayCst()): Promise<{ ok: boolean; facts: number; aggregates: number; differences: string[] }> {
      await this.drain(db, { today });
      const fresh = await this.computeAll(db, today);
      const stored = await queryRows<{ indicator_id: string; period: string; category: string; subject_key: string; region_code: string; num: number; den: number }>(db, sql`select indicator_id, period, category, subject_key, region_code, num, den from indicator_facts`);
      const differences: string[] = [];
      const freshMap = new Map(fresh.map((f) => [`${f.indicatorId}|${f.period}|${f.category}|${f.subjectKey}`, f]));
      const storedMap = new Map(stored.map((s) => [`${s.indicator_id}|${s.period}|${s.category}|${s.subject_key}`, s]));
      for (const [k, f] of freshMap) {
        const s = storedMap.get(k);
        if (!s) differences.push(`fact missing: ${k}`);
        else if (Number(s.num) !== f.num || Number(s.den) !== f.den || s.region_code !== f.regionCode) differences.push(`fact differs: ${k} stored ${s.num}/${s.den}@${s.region_code}, fresh ${f.num}/${f.den}@${f.regionCode}`);
      }
      for (const k of storedMap.keys()) if (!freshMap.has(k)) differences.push(`fact stale: ${k}`);
      const expected = new Map<string, AggregateRow>();
      for (const f of fresh) addDelta(expected, f, 1);
      const aggs = await queryRows<{ indicator_id: string; period: string; category: string; region_code: string; num: number; den: number; facts: number }>(db, sql`select indicator_id, period, category, region_code, num, den, facts from indicator_aggregates`);
      const aggMap = new Map(aggs.map((a) => [factKey({ indicatorId: a.indicator_id, period: a.period, category: a.category, regionCode: a.region_code }), a]));
      for (const [k, e] of expected) {
        const a = aggMap.get(k);
        if (!a) differences.push(`aggregate missing: ${k}`);
        else if (Number(a.num) !== e.num || Number(a.den) !== e.den || Number(a.facts) !== e.facts) differences.push(`aggregate differs: ${k} stored ${a.num}/${a.den} (${a.facts}), fresh ${e.num}/${e.den} (${e.facts})`);
      }
      for (const k of aggMap.keys()) if (!expected.has(k)) differences.push(`aggregate stale: ${k}`);
      return { ok: differences.length === 0, facts: fresh.length, aggregates: expected.size, differences };
    },
  };
}
export type IndicatorEngine = ReturnType<typeof createIndicatorEngine>;
