import type { CorrectionInput, ReportDetail, ReportInput } from './api.ts';

/** The filing form's values: samples travel as text (`1.5×160;1.2×160`), like the Excel template. */
export interface PointFormValues {
  postName?: string;
  hazardFactor?: string;
  samplingDate?: string;
  location?: string;
  measurement?: {
    type?: 'chemical' | 'dust' | 'noise' | 'heat';
    fraction?: 'total' | 'respirable';
    freeSilicaPercent?: number | null;
    twaSamples?: string;
    stelSamples?: string;
    ceilingSamples?: string;
    segments?: string;
    lex8h?: number | null;
    wbgt?: number | null;
    labourIntensityClass?: 'I' | 'II' | 'III' | 'IV';
    exposureTimeRatePercent?: number | null;
  };
}

export interface ReportFormValues {
  uscc?: string;
  kind?: ReportInput['kind'];
  reportNumber?: string;
  samplingStartDate?: string;
  samplingEndDate?: string;
  reportDate?: string;
  conclusion?: string;
  points?: PointFormValues[];
  /** Only when correcting: why the new version replaces the current one. */
  correctionReason?: string;
}

const num = (s: string): number => (s.trim() === '' ? Number.NaN : Number(s.trim()));

/** `a×b;c×d` → pairs; a malformed entry becomes NaN, which the server names by its index. */
export function parsePairs(text: string | undefined): { a: number; b: number }[] | undefined {
  if (!text || text.trim() === '') return undefined;
  return text
    .split(/[;；]/)
    .filter((s) => s.trim() !== '')
    .map((s) => {
      const [a, b] = s.split(/[×xX*]/);
      return { a: num(a ?? ''), b: num(b ?? '') };
    });
}

function singles(text: string | undefined): { concentration: number }[] | undefined {
  if (!text || text.trim() === '') return undefined;
  return text
    .split(/[;；]/)
    .filter((s) => s.trim() !== '')
    .map((s) => ({ concentration: num(s) }));
}

const finite = (v: number | null | undefined): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
/** JSON cannot carry NaN; send a value the server refuses by range instead (it names the field). */
const safe = (v: number): number => (Number.isFinite(v) ? v : -1);

function measurementOf(m: NonNullable<PointFormValues['measurement']>): ReportInput['points'][number]['measurement'] {
  const timed = (text?: string) => parsePairs(text)?.map((p) => ({ concentration: safe(p.a), minutes: safe(p.b) }));
  const peaks = (text?: string) => singles(text)?.map((p) => ({ concentration: safe(p.concentration) }));
  switch (m.type) {
    case 'dust':
      return { type: 'dust', fraction: m.fraction ?? 'total', twaSamples: timed(m.twaSamples) ?? [], stelSamples: timed(m.stelSamples), ceilingSamples: peaks(m.ceilingSamples), freeSilicaPercent: finite(m.freeSilicaPercent) ?? null };
    case 'noise':
      return { type: 'noise', segments: parsePairs(m.segments)?.map((p) => ({ laeq: safe(p.a), hours: safe(p.b) })), lex8h: finite(m.lex8h) ?? null };
    case 'heat':
      return { type: 'heat', wbgt: finite(m.wbgt) ?? -100, labourIntensityClass: m.labourIntensityClass ?? 'I', exposureTimeRatePercent: finite(m.exposureTimeRatePercent) ?? 0 };
    case 'chemical':
    case undefined:
      return { type: 'chemical', twaSamples: timed(m.twaSamples), stelSamples: timed(m.stelSamples), ceilingSamples: peaks(m.ceilingSamples) };
  }
}

/** Form values → the request body (undefined keys dropped so unknown-field checks pass). */
export function reportBody(values: ReportFormValues, employerId: string): ReportInput {
  const clean = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  return {
    employerId,
    kind: values.kind ?? 'periodic_test',
    reportNumber: values.reportNumber?.trim() ?? '',
    samplingStartDate: values.samplingStartDate ?? '',
    samplingEndDate: values.samplingEndDate ?? '',
    reportDate: values.reportDate ?? '',
    conclusion: values.conclusion ?? '',
    points: (values.points ?? []).map((p) =>
      clean({
        postName: p.postName ?? '',
        hazardFactor: p.hazardFactor ?? '',
        samplingDate: p.samplingDate || undefined,
        location: p.location || undefined,
        measurement: clean(measurementOf(p.measurement ?? {})),
      }),
    ),
  };
}

/** Corrected values → the new-version request (employer and report number stay those of the report). */
export function correctionBody(values: ReportFormValues): CorrectionInput {
  const { employerId: _e, reportNumber: _n, ...rest } = reportBody(values, '');
  return { ...rest, correctionReason: values.correctionReason?.trim() ?? '' };
}

type StoredMeasurement = {
  type?: string;
  fraction?: 'total' | 'respirable';
  freeSilicaPercent?: number | null;
  twaSamples?: { concentration: number; minutes: number }[];
  stelSamples?: { concentration: number; minutes: number }[];
  ceilingSamples?: { concentration: number }[];
  segments?: { laeq: number; hours: number }[];
  lex8h?: number | null;
  wbgt?: number;
  labourIntensityClass?: 'I' | 'II' | 'III' | 'IV';
  exposureTimeRatePercent?: number;
};

const timedText = (s?: { concentration: number; minutes: number }[]) => (s?.length ? s.map((x) => `${x.concentration}×${x.minutes}`).join(';') : undefined);

/** A filed report → the form's values, so a correction starts from what the current version says. */
export function formValuesOf(report: ReportDetail): ReportFormValues {
  return {
    kind: report.kind,
    reportNumber: report.reportNumber,
    samplingStartDate: report.samplingStartDate,
    samplingEndDate: report.samplingEndDate,
    reportDate: report.reportDate,
    conclusion: report.conclusion,
    points: report.points.map((p) => {
      const m = p.measurement as StoredMeasurement;
      const type = (['chemical', 'dust', 'noise', 'heat'] as const).find((k) => k === m.type) ?? 'chemical';
      return {
        postName: p.postName,
        hazardFactor: p.hazardFactor,
        // The point's own date only when it differs from the report's sampling start (the default).
        samplingDate: p.samplingDate === report.samplingStartDate ? undefined : p.samplingDate,
        location: p.location ?? undefined,
        measurement: {
          type,
          fraction: m.fraction,
          freeSilicaPercent: m.freeSilicaPercent ?? null,
          twaSamples: timedText(m.twaSamples),
          stelSamples: timedText(m.stelSamples),
          ceilingSamples: m.ceilingSamples?.length ? m.ceilingSamples.map((x) => String(x.concentration)).join(';') : undefined,
          segments: m.segments?.length ? m.segments.map((x) => `${x.laeq}×${x.hours}`).join(';') : undefined,
          lex8h: m.lex8h ?? null,
          wbgt: m.wbgt ?? null,
          labourIntensityClass: m.labourIntensityClass,
          exposureTimeRatePercent: m.exposureTimeRatePercent ?? null,
        },
      };
    }),
  };
}
