import { z } from 'zod';
import { WARNING_ACTIONS, WARNING_COMMENT_MAX, WARNING_RULES, WARNING_SEVERITIES, WARNING_STATES } from '@ohnet/domain';
import { PageQuerySchema, pageOf } from '../../platform/http/common.schemas.ts';

export const WarningListQuerySchema = PageQuerySchema.extend({
  /** `active` = open, acknowledged or assigned. */
  state: z.enum([...WARNING_STATES, 'active']).optional(),
  severity: z.enum(WARNING_SEVERITIES).optional(),
  rule: z.enum(WARNING_RULES).optional(),
  regionCode: z.string().regex(/^\d{6}(\d{3})?$/, '行政区划代码应为6位或9位数字').optional(),
  employerId: z.string().uuid().optional(),
  assignedToMe: z.enum(['true', 'false']).optional(),
}).strict();
export type WarningListQuery = z.infer<typeof WarningListQuerySchema>;

export const WarningSchema = z
  .object({
    id: z.string(),
    rule: z.enum(WARNING_RULES),
    subjectKey: z.string(),
    regionCode: z.string(),
    /** Current full name of the region (e.g. 广东省江门市台山市海宴镇). */
    regionName: z.string().nullable(),
    employerId: z.string().nullable(),
    employerName: z.string().nullable(),
    severity: z.enum(WARNING_SEVERITIES),
    title: z.string(),
    detail: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
    link: z.string(),
    state: z.enum(WARNING_STATES),
    assigneeId: z.string().nullable(),
    assigneeName: z.string().nullable(),
    openedAt: z.string(),
    lastSeenAt: z.string(),
    clearedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
  })
  .meta({ id: 'Warning' });

export const WarningPageSchema = pageOf(WarningSchema).meta({ id: 'WarningPage' });

export const WarningEventSchema = z.object({
  action: z.enum([...WARNING_ACTIONS, 'opened', 'cleared']),
  fromState: z.enum(WARNING_STATES).nullable(),
  toState: z.enum(WARNING_STATES),
  comment: z.string().nullable(),
  actorName: z.string().nullable(),
  actorOrganisationName: z.string().nullable(),
  assigneeName: z.string().nullable(),
  at: z.string(),
});

export const WarningDetailSchema = WarningSchema.extend({
  events: z.array(WarningEventSchema),
  allowedActions: z.array(z.enum(WARNING_ACTIONS)),
}).meta({ id: 'WarningDetail' });

const Comment = z.string().max(WARNING_COMMENT_MAX, `处置说明不能超过${WARNING_COMMENT_MAX}字`);
export const AcknowledgeSchema = z.object({ comment: Comment.nullish() }).strict();
export const AssignSchema = z.object({ assigneeId: z.string().uuid(), comment: Comment.nullish() }).strict();
/** The comment's presence is checked by the domain workflow (422 `warning.comment_required`). */
export const CloseSchema = z.object({ comment: Comment }).strict();

export const AssigneeSchema = z.object({ id: z.string(), displayName: z.string(), organisationName: z.string() }).meta({ id: 'WarningAssignee' });

const counts = <T extends readonly string[]>(keys: T) => z.object(Object.fromEntries(keys.map((k) => [k, z.number().int()])) as Record<T[number], z.ZodNumber>);
export const WarningSummarySchema = z
  .object({
    /** Active warnings (open, acknowledged, assigned) by severity. */
    activeBySeverity: counts(WARNING_SEVERITIES),
    byState: counts(WARNING_STATES),
    assignedToMe: z.number().int(),
  })
  .meta({ id: 'WarningSummary' });
