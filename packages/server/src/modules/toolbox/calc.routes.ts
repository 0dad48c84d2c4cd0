import {
  OhnetError,
  chemicalExposure,
  doseCheck,
  dustExposure,
  examPlan,
  heatStressExposure,
  pneumoconiosisStaging,
  hearingAssessment,
  isOhnetError,
  type ExposureInputFailure,
  type ExposureRuleUnavailable,
  exposureFailureToError,
  noiseExposure,
  noiseWeeklyExposure,
} from '@ohnet/domain';
import type { Config } from '../../config.ts';
import { errorResponses } from '../../platform/http/common.schemas.ts';
import { access } from '../../platform/http/route-access.ts';
import type { ZApp } from '../../platform/http/zod-app.ts';
import {
  ChemicalExposureRequestSchema,
  ChemicalExposureResponseSchema,
  NoiseExposureRequestSchema,
  NoiseExposureResponseSchema,
  NoiseWeeklyRequestSchema,
  NoiseWeeklyResponseSchema,
  DustExposureRequestSchema,
  DustExposureResponseSchema,
  HeatStressRequestSchema,
  HeatStressResponseSchema,
  StagingRequestSchema,
  StagingResponseSchema,
  DoseCheckRequestSchema,
  DoseCheckResponseSchema,
  ExamPlanRequestSchema,
  ExamPlanResponseSchema,
  HearingRequestSchema,
  HearingResponseSchema,
} from './calc.schemas.ts';

/** Domain issue paths are relative to the input; on the wire they name the body field. */
function inBody(e: OhnetError): OhnetError {
  const details = e.details as ({ issues?: { path: string; code: string; message: string }[] } & Record<string, unknown>) | undefined;
  const issues = (details?.issues ?? []).map((i) => ({ ...i, path: `body.${i.path}` }));
  return new OhnetError(e.kind, e.code, e.message, { ...details, issues });
}

export function calcError(failure: ExposureInputFailure): OhnetError {
  return inBody(exposureFailureToError(failure));
}

/**
 * Runs a calculator that throws a domain 422 for bad input, re-pathing its issues to the body.
 * The full result is returned (the response schemas name the contract's fields and let the
 * calculator's explanations — rule parts, notes — through).
 */
function bodyChecked<T extends object>(run: () => T): T & Record<string, unknown> {
  try {
    return run() as T & Record<string, unknown>;
  } catch (e) {
    if (isOhnetError(e) && e.kind === 'invalid') throw inBody(e);
    throw e;
  }
}

export function unavailable(r: ExposureRuleUnavailable) {
  return { ruleAvailable: false as const, reason: r.reason, message: r.message, citation: r.citation, verified: false };
}

export function registerCalcRoutes(app: ZApp, config: Config): void {
  const tags = ['toolbox'];
  const rateLimit = { max: config.toolboxRateLimitPerMinute, timeWindow: '1 minute' };
  const pub = { access: access.public, rateLimit };

  app.post('/calc/noise-exposure', {
    config: pub,
    schema: { tags, summary: '噪声8小时等效声级 L_EX,8h from segments (GBZ 2.2-2007 §11)', body: NoiseExposureRequestSchema, response: { 200: NoiseExposureResponseSchema, ...errorResponses } },
    handler: (req) => {
      const r = noiseExposure(req.body);
      if (r.status === 'invalid') throw calcError(r);
      if (r.status === 'rule_unavailable') return unavailable(r);
      const { lex8h, limit, actionLevel, exceedsLimit, exceedsActionLevel, totalHours, date, citation, verified } = r;
      return { ruleAvailable: true as const, lex8h, limit, actionLevel, exceedsLimit, exceedsActionLevel, totalHours, date, citation, verified };
    },
  });

  app.post('/calc/noise-weekly', {
    config: pub,
    schema: { tags, summary: '噪声每周40小时等效声级 L_EX,W (GBZ 2.2-2007 §11)', body: NoiseWeeklyRequestSchema, response: { 200: NoiseWeeklyResponseSchema, ...errorResponses } },
    handler: (req) => {
      const r = noiseWeeklyExposure(req.body);
      if (r.status === 'invalid') throw calcError(r);
      if (r.status === 'rule_unavailable') return unavailable(r);
      const { lexw, limit, exceedsLimit, workingDays, date, citation, verified } = r;
      return { ruleAvailable: true as const, lexw, limit, exceedsLimit, workingDays, date, citation, verified };
    },
  });

  app.post('/calc/chemical-exposure', {
    config: pub,
    schema: {
      tags,
      summary: '化学因素接触评价 C_TWA / C_STE / C_M against PC-TWA, PC-STEL, MAC and the peak rule (GBZ 2.1-2019)',
      body: ChemicalExposureRequestSchema,
      response: { 200: ChemicalExposureResponseSchema, ...errorResponses },
    },
    handler: (req) => {
      const r = chemicalExposure(req.body);
      if (r.status === 'invalid' || r.status === 'unknown_factor' || r.status === 'ambiguous_factor') throw calcError(r);
      if (r.status === 'rule_unavailable') return unavailable(r);
      return {
        ruleAvailable: true as const,
        factor: r.factor,
        unit: r.unit,
        ctwa: r.ctwa,
        cste: r.cste,
        cm: r.cm,
        limits: r.limits,
        checks: r.checks,
        compliant: r.compliant,
        complete: r.complete,
        notEvaluated: r.notEvaluated,
        limitsBasis: r.limitsBasis,
        amendmentsNotApplied: r.amendmentsNotApplied,
        date: r.date,
        citation: r.citation,
        verified: r.verified,
      };
    },
  });

  app.post('/calc/hearing', {
    config: pub,
    schema: {
      tags,
      summary: '听力评定 Age/sex-corrected audiogram, binaural high-frequency average, weighted value and grade (GBZ 49-2014, GBZ 188)',
      body: HearingRequestSchema,
      response: { 200: HearingResponseSchema, ...errorResponses },
    },
    handler: (req) => bodyChecked(() => hearingAssessment(req.body)),
  });

  app.post('/calc/dose-check', {
    config: pub,
    schema: {
      tags,
      summary: '个人剂量核查 Annual and 5-year effective dose, lens and skin against GB 18871-2002 Annex B',
      body: DoseCheckRequestSchema,
      response: { 200: DoseCheckResponseSchema, ...errorResponses },
    },
    handler: (req) => bodyChecked(() => doseCheck(req.body)),
  });

  app.post('/calc/exam-plan', {
    config: pub,
    schema: {
      tags,
      summary: '体检项目与周期 Required and optional items, target diseases, contraindications, period and next due date (GBZ 188)',
      body: ExamPlanRequestSchema,
      response: { 200: ExamPlanResponseSchema, ...errorResponses },
    },
    handler: (req) =>
      bodyChecked(() => {
        const plan = examPlan(req.body as Parameters<typeof examPlan>[0]);
        return { ...plan, factors: plan.factors.map((f) => f as typeof f & Record<string, unknown>) };
      }),
  });

  app.post('/calc/dust-exposure', {
    config: pub,
    schema: {
      tags,
      summary: '粉尘接触评价 Total and respirable dust C_TWA against GBZ 2.1-2019 表2, silica band by free SiO₂, peak rule §6.3.3',
      body: DustExposureRequestSchema,
      response: { 200: DustExposureResponseSchema, ...errorResponses },
    },
    handler: (req) => {
      const r = dustExposure(req.body);
      if (r.status === 'invalid' || r.status === 'unknown_factor' || r.status === 'ambiguous_factor') throw calcError(r);
      if (r.status === 'rule_unavailable') return unavailable(r);
      const { status: _status, ...result } = r;
      return result as typeof result & Record<string, unknown>;
    },
  });

  app.post('/calc/heat-stress', {
    config: pub,
    schema: {
      tags,
      summary: '高温作业 WBGT limit by labour-intensity class and exposure-time ratio (GBZ 2.2-2007 §10, 表8)',
      body: HeatStressRequestSchema,
      response: { 200: HeatStressResponseSchema, ...errorResponses },
    },
    handler: (req) => {
      const r = heatStressExposure(req.body);
      if (r.status === 'invalid') throw calcError(r);
      if (r.status === 'rule_unavailable') return unavailable(r);
      const { status: _status, ...result } = r;
      return result;
    },
  });

  app.post('/calc/pneumoconiosis-staging', {
    config: pub,
    schema: {
      tags,
      summary: '尘肺病分期辅助 Stage suggestion from zone profusions and large opacities (GBZ 70-2015 §5; decision support only)',
      body: StagingRequestSchema,
      response: { 200: StagingResponseSchema, ...errorResponses },
    },
    handler: (req) => bodyChecked(() => pneumoconiosisStaging(req.body)),
  });
}
