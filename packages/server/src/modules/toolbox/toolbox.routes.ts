import { validateIdNumber, validateUscc } from '@ohnet/domain';
import type { Config } from '../../config.ts';
import { errorResponses } from '../../platform/http/common.schemas.ts';
import { access } from '../../platform/http/route-access.ts';
import type { ZApp } from '../../platform/http/zod-app.ts';
import { IdNumberValidationSchema, UsccValidationSchema, ValidateValueSchema } from './toolbox.schemas.ts';

/**
 * The public toolbox (便民利企): validators and calculators open without sign-in, rate-limited per
 * client address. They call the same domain functions the modules use, so a self-check gives the
 * same answer as the regulator's view.
 */
export function registerToolboxRoutes(app: ZApp, config: Config): void {
  const tags = ['toolbox'];
  const rateLimit = { max: config.toolboxRateLimitPerMinute, timeWindow: '1 minute' };

  app.post('/validate/id-number', {
    config: { access: access.public, rateLimit },
    schema: { tags, summary: '身份证号校验 Check a resident ID number (GB 11643)', body: ValidateValueSchema, response: { 200: IdNumberValidationSchema, ...errorResponses } },
    handler: (req) => {
      const r = validateIdNumber(req.body.value);
      return r.ok
        ? { valid: true, errors: [], birthDate: r.value.birthDate, sex: r.value.sex, addressCode: r.value.addressCode, citation: 'GB 11643-1999' }
        : { valid: false, errors: r.issues, birthDate: null, sex: null, addressCode: null, citation: 'GB 11643-1999' };
    },
  });

  app.post('/validate/uscc', {
    config: { access: access.public, rateLimit },
    schema: { tags, summary: '统一社会信用代码校验 Check a unified social credit code (GB 32100)', body: ValidateValueSchema, response: { 200: UsccValidationSchema, ...errorResponses } },
    handler: (req) => {
      const r = validateUscc(req.body.value);
      return r.ok
        ? { valid: true, errors: [], authorityCode: r.value.authorityCode, authorityName: r.value.authorityName, categoryCode: r.value.categoryCode, regionCode: r.value.regionCode, organisationCode: r.value.organisationCode, citation: 'GB 32100-2015' }
        : { valid: false, errors: r.issues, authorityCode: null, authorityName: null, categoryCode: null, regionCode: null, organisationCode: null, citation: 'GB 32100-2015' };
    },
  });
}
