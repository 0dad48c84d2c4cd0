import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { type FieldIssue, httpStatusOf, isOhnetError } from '@ohnet/domain';

/**
 * The one place errors become responses: `{ code, message, details }` with a stable code.
 * Domain errors keep their kind's status; request validation failures are 422 listing every field.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isOhnetError(error)) {
      const status = httpStatusOf(error.kind);
      if (status >= 500) request.log.error({ err: error }, error.message);
      return reply.status(status).send(error.toBody());
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const issues: FieldIssue[] = error.validation.map((v) => {
        const params = (v.params ?? {}) as { keys?: string[]; params?: { code?: string } };
        const base = [where, ...v.instancePath.split('/').filter(Boolean)].join('.');
        if (v.keyword === 'unrecognized_keys' && params.keys) {
          return { path: `${base}.${params.keys.join(',')}`, code: 'field.unknown', message: `不允许的字段：${params.keys.join(', ')}` };
        }
        // Domain validators attach their own stable code (e.g. uscc.check_character) to the issue.
        return { path: base, code: params.params?.code ?? `field.${v.keyword}`, message: v.message ?? 'invalid' };
      });
      return reply.status(422).send({ code: 'validation.failed', message: '输入有误，请检查标出的字段', details: { issues } });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response did not match its schema');
      return reply.status(500).send({ code: 'server.response_invalid', message: 'Internal error' });
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.status(413).send({ code: 'request.too_large', message: '请求体过大' });
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.status(415).send({ code: 'request.unsupported_media_type', message: '不支持的内容类型' });
    }
    if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
      return reply.status(400).send({ code: 'request.malformed_json', message: '请求体不是合法的 JSON' });
    }
    if (error.statusCode === 429) {
      return reply.status(429).send({ code: 'request.rate_limited', message: '请求过于频繁，请稍后再试' });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send({ code: `request.${error.code ?? 'bad_request'}`, message: error.message });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ code: 'server.internal', message: 'Internal error' });
  });
}
