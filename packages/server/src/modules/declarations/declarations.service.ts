import { type SQL, and, asc, count, desc, eq, ilike, isNull, like, or, sql } from 'drizzle-orm';
import {
  type DeclarationAction,
  type DeclarationActorKind,
  type DeclarationContent,
  type DeclarationFilingKind,
  type DeclarationState,
  type FieldIssue,
  allowedDeclarationActions,
  applyDeclarationAction,
  declarationContentIssues,
  errors,
  formatDeclarationReceiptNumber,
  isDeclarationEditable,
  normaliseDeclarationReceiptNumber,
  prefillDeclarationContent,
  receiptSigningPayload,
  todayCst,
} from '@ohnet/domain';
import { type Db, queryRows, transaction } from '../../db/client.ts';
import { scopeCondition } from '../../platform/access/scope.sql.ts';
import { auditWho, writeAudit } from '../../platform/audit/audit.writer.ts';
import type { DataProtection } from '../../platform/crypto/data-keys.ts';
import type { Ctx } from '../../platform/http/actor.ts';
import type { EmployersService } from '../employers/employers.service.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { regions } from '../regions/regions.table.ts';
import type { z } from 'zod';
import type { DeclarationContentSchema } from './declarations.schemas.ts';
import { receiptPdf } from './declarations.receipt-pdf.ts';
import { declarationEvents, declarationReceipts, declarations } from './declarations.table.ts';

const scopeColumns = { regionCode: declarations.regionCode, organisationIds: [declarations.employerId] };
const RECEIPT_PURPOSE = 'declaration-receipt';

const summary = {
  id: declarations.id,
  employerId: declarations.employerId,
  employerName: organisations.name,
  uscc: organisations.uscc,
  regionCode: declarations.regionCode,
  regionName: regions.fullName,
  kind: declarations.kind,
  state: declarations.state,
  year: declarations.year,
  submittedAt: declarations.submittedAt,
  acceptedAt: declarations.acceptedAt,
  receiptNumber: declarations.receiptNumber,
  updatedAt: declarations.updatedAt,
};
type SummaryRow = { [K in keyof typeof summary]: unknown } & {
  id: string;
  employerId: string;
  employerName: string;
  uscc: string | null;
  regionCode: string;
  regionName: string | null;
  kind: DeclarationFilingKind;
  state: DeclarationState;
  year: number;
  submittedAt: Date | null;
  acceptedAt: Date | null;
  receiptNumber: string | null;
  updatedAt: Date;
};

function present(r: SummaryRow) {
  return {
    id: r.id,
    employerId: r.employerId,
    employerName: r.employerName,
    uscc: r.uscc,
    regionCode: r.regionCode,
    regionName: r.regionName,
    kind: r.kind,
    state: r.state,
    year: r.year,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    acceptedAt: r.acceptedAt?.toISOString() ?? null,
    receiptNumber: r.receiptNumber,
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** Full validation of the form when it is submitted; malformed JSON answers 422, never a crash. */
function contentIssues(content: unknown, kind: DeclarationFilingKind, uscc: string | null): FieldIssue[] {
  try {
    return declarationContentIssues(content as DeclarationContent, { kind, asOf: todayCst(), registeredUscc: uscc }).map((i) => ({ ...i, path: `content.${i.path}` }));
  } catch {
    return [{ path: 'content', code: 'declaration.content_malformed', message: '申报内容结构不正确，请重新填写' }];
  }
}

/**
 * Hazard declarations: the employer drafts and submits; a health authority whose region contains
 * the employer accepts or returns; every step goes through the domain workflow, is audited, and is
 * kept in the history both sides see. Acceptance issues a numbered receipt with a signed code.
 */
export function createDeclarationsService(db: Db, dp: DataProtection, employersService: EmployersService) {
  const from = () =>
    db
      .select(summary)
      .from(declarations)
      .innerJoin(organisations, eq(organisations.id, declarations.employerId))
      .leftJoin(regions, and(eq(regions.code, declarations.regionCode), isNull(regions.validTo)));

  async function visible(ctx: Ctx, id: string) {
    const [row] = await db
      .select({ d: declarations, employerName: organisations.name, uscc: organisations.uscc, regionName: regions.fullName })
      .from(declarations)
      .innerJoin(organisations, eq(organisations.id, declarations.employerId))
      .leftJoin(regions, and(eq(regions.code, declarations.regionCode), isNull(regions.validTo)))
      .where(and(eq(declarations.id, id), scopeCondition(ctx.actor.scope, scopeColumns)));
    if (!row) throw errors.notFound('declaration', id);
    return row;
  }

  /** The employer's own staff act as the employer; a health authority with review rights reviews. */
  function actorKind(ctx: Ctx, employerId: string): DeclarationActorKind | null {
    if (ctx.actor.organisation.id === employerId && ctx.actor.permissions.has('declaration:write')) return 'employer';
    if (ctx.actor.organisation.type === 'health_authority' && ctx.actor.permissions.has('declaration:review')) return 'reviewer';
    return null;
  }

  async function event(tx: Db, ctx: Ctx, d: { employerId: string; id: string; regionCode: string }, action: DeclarationAction | 'create' | 'edit', fromState: DeclarationState | null, toState: DeclarationState, reason: string | null) {
    await tx.insert(declarationEvents).values({
      employerId: d.employerId,
      declarationId: d.id,
      action,
      fromState,
      toState,
      reason,
      actorUserId: ctx.actor.userId,
      actorName: ctx.actor.displayName,
      actorOrganisationName: ctx.actor.organisation.name,
    });
    await writeAudit(tx, auditWho(ctx), [
      { action: `declaration.${action}`, entityType: 'declaration', entityId: d.id, regionCode: d.regionCode, changes: fromState === toState ? null : { state: { before: fromState, after: toState } }, meta: reason ? { reason } : null },
    ]);
  }

  return {
    async list(ctx: Ctx, q: { state?: DeclarationState; kind?: DeclarationFilingKind; employerId?: string; q?: string; page: number; pageSize: number }) {
      const text = q.q?.replace(/[%_\\]/g, '\\$&');
      const w: SQL | undefined = and(
        scopeCondition(ctx.actor.scope, scopeColumns),
        q.state ? eq(declarations.state, q.state) : undefined,
        q.kind ? eq(declarations.kind, q.kind) : undefined,
        q.employerId ? eq(declarations.employerId, q.employerId) : undefined,
        text ? or(ilike(organisations.name, `%${text}%`), like(organisations.uscc, `${text.toUpperCase()}%`), eq(declarations.receiptNumber, text)) : undefined,
      );
      const [rows, totals] = await Promise.all([
        from().where(w).orderBy(desc(declarations.updatedAt), asc(declarations.id)).offset((q.page - 1) * q.pageSize).limit(q.pageSize),
        db.select({ n: count() }).from(declarations).innerJoin(organisations, eq(organisations.id, declarations.employerId)).where(w),
      ]);
      return { items: (rows as SummaryRow[]).map(present), total: Number(totals[0]?.n ?? 0), page: q.page, pageSize: q.pageSize };
    },

    async get(ctx: Ctx, id: string) {
      const row = await visible(ctx, id);
      const events = await db.select().from(declarationEvents).where(eq(declarationEvents.declarationId, id)).orderBy(asc(declarationEvents.at));
      const kind = actorKind(ctx, row.d.employerId);
      return {
        ...present({ ...row.d, employerName: row.employerName, uscc: row.uscc, regionName: row.regionName } as SummaryRow),
        content: row.d.content as ContentJson,
        receiptCode: row.d.receiptCode,
        events: events.map((e) => ({ action: e.action, fromState: e.fromState, toState: e.toState, reason: e.reason, actorName: e.actorName, actorOrganisationName: e.actorOrganisationName, at: e.at.toISOString() })),
        allowedActions: kind ? allowedDeclarationActions(row.d.state, kind) : [],
        editable: kind !== null && isDeclarationEditable(row.d.state, kind),
      };
    },

    /** The form pre-filled from the employer's base record and posts (申报表 prefill). */
    async prefill(ctx: Ctx, employerId: string) {
      const e = await employersService.get(ctx, employerId);
      if (!e.hasProfile) throw errors.conflict('employer.profile_missing', '请先完善用人单位基本信息');
      const { content, unresolved } = prefillDeclarationContent(
        {
          name: e.name,
          uscc: e.uscc ?? '',
          registeredAddress: e.registeredAddress ?? '',
          workplaceAddress: e.workplaceAddress ?? '',
          regionCode: e.regionCode,
          industryCode: e.industryCode ?? '',
          economicType: (e.economicType ?? null) as never,
          sizeClass: (e.sizeClass ?? null) as never,
          legalRepresentative: e.legalRepresentative,
          legalRepresentativePhone: e.legalRepresentativePhone,
          ohManagerName: e.ohManagerName,
          ohManagerPhone: e.ohManagerPhone,
          hasOhManagementBody: e.hasOhManagementBody,
          fullTimeOhManagers: e.fullTimeOhManagers,
          partTimeOhManagers: e.partTimeOhManagers,
          staffCount: e.staffCount,
          dispatchedWorkerCount: e.dispatchedWorkerCount,
          cumulativeOccupationalDiseaseCases: e.cumulativeOccupationalDiseaseCases,
        },
        e.posts.filter((p) => p.isActive).map((p) => ({ id: p.id, name: p.name, workplaceName: p.workplaceName, hazards: p.hazards })),
      );
      return { content: content as unknown as ContentJson, unresolved: unresolved as unknown as Record<string, unknown>[] };
    },

    async create(ctx: Ctx, input: { employerId: string; kind: DeclarationFilingKind; content: Record<string, unknown> }) {
      const employer = await employersService.get(ctx, input.employerId); // 404 outside scope
      if (actorKind(ctx, employer.id) !== 'employer') throw errors.forbidden('declaration.employer_only', '只有用人单位本身可以填报申报');
      const open = await db
        .select({ id: declarations.id })
        .from(declarations)
        .where(and(eq(declarations.employerId, employer.id), eq(declarations.kind, input.kind), sql`${declarations.state} in ('draft', 'submitted', 'returned')`));
      if (open.length) throw errors.conflict('declaration.open_exists', '本单位已有一份同类申报正在办理中', { id: open[0]!.id });
      const id = await transaction(db, async (tx) => {
        const [row] = await tx
          .insert(declarations)
          .values({ employerId: employer.id, regionCode: employer.regionCode, kind: input.kind, state: 'draft', year: Number(todayCst().slice(0, 4)), content: input.content })
          .returning({ id: declarations.id });
        await event(tx, ctx, { employerId: employer.id, id: row!.id, regionCode: employer.regionCode }, 'create', null, 'draft', null);
        return row!.id;
      });
      return this.get(ctx, id);
    },

    async save(ctx: Ctx, id: string, content: Record<string, unknown>) {
      const { d } = await visible(ctx, id);
      const kind = actorKind(ctx, d.employerId);
      if (kind !== 'employer') throw errors.forbidden('declaration.employer_only', '只有用人单位本身可以修改申报');
      if (!isDeclarationEditable(d.state, kind)) throw errors.conflict('declaration.not_editable', `当前状态（${d.state}）不可修改`, { state: d.state });
      await transaction(db, async (tx) => {
        await tx.update(declarations).set({ content, updatedAt: new Date() }).where(and(eq(declarations.employerId, d.employerId), eq(declarations.id, id)));
        await event(tx, ctx, d, 'edit', d.state, d.state, null);
      });
      return this.get(ctx, id);
    },

    async act(ctx: Ctx, id: string, action: DeclarationAction, reason?: string) {
      const { d, uscc } = await visible(ctx, id);
      const kind = actorKind(ctx, d.employerId);
      if (!kind) throw errors.forbidden('declaration.action_forbidden', '您不能办理该申报');
      const step = applyDeclarationAction({ state: d.state, action, actorKind: kind, reason: reason ?? null });
      if (action === 'submit') {
        const issues = contentIssues(d.content, d.kind, uscc);
        if (issues.length) throw errors.invalid(issues, '申报内容有误，请按提示修改后再提交');
      }
      const now = new Date();
      await transaction(db, async (tx) => {
        const set: Partial<typeof declarations.$inferInsert> = { state: step.to, updatedAt: now };
        if (action === 'submit') set.submittedAt = now;
        if (action === 'return' || action === 'accept') set.reviewerOrganisationId = ctx.actor.organisation.id;
        if (action === 'accept') {
          // The accepting authority's code and the acceptance year (CST) number the receipt.
          const authority = ctx.actor.organisation.regionCode.slice(0, 6);
          const year = Number(todayCst(now).slice(0, 4));
          const [seq] = await queryRows<{ last: number }>(
            tx,
            sql`insert into receipt_sequences (authority_region_code, year, last) values (${authority}, ${year}, 1)
                on conflict (authority_region_code, year) do update set last = receipt_sequences.last + 1 returning last`,
          );
          const number = formatDeclarationReceiptNumber({ regionCode: authority, year, sequence: Number(seq!.last) });
          set.acceptedAt = now;
          set.receiptNumber = number;
          set.receiptCode = dp.sign(RECEIPT_PURPOSE, receiptSigningPayload({ number, uscc: uscc ?? '', acceptedAt: now, kind: d.kind }));
          await tx.insert(declarationReceipts).values({ receiptNumber: number, employerId: d.employerId, declarationId: d.id, issuedAt: now });
        }
        await tx.update(declarations).set(set).where(and(eq(declarations.employerId, d.employerId), eq(declarations.id, id)));
        await event(tx, ctx, d, action, d.state, step.to, step.reason);
      });
      return this.get(ctx, id);
    },

    /** The receipt of an accepted declaration as a PDF (Chinese fonts embedded). */
    async receipt(ctx: Ctx, id: string, origin: string): Promise<{ fileName: string; pdf: Buffer }> {
      const { d, employerName, uscc, regionName } = await visible(ctx, id);
      if (d.state !== 'accepted' || !d.receiptNumber || !d.receiptCode || !d.acceptedAt) {
        throw errors.conflict('declaration.no_receipt', '申报尚未受理，没有回执', { state: d.state });
      }
      const [authority] = d.reviewerOrganisationId ? await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, d.reviewerOrganisationId)) : [];
      const pdf = await receiptPdf({
        receiptNumber: d.receiptNumber,
        receiptCode: d.receiptCode,
        employerName,
        uscc: uscc ?? '',
        regionName,
        kind: d.kind,
        acceptedAt: d.acceptedAt,
        authorityName: authority?.name ?? '',
        verifyUrl: `${origin}/verify-receipt?${new URLSearchParams({ number: d.receiptNumber, code: d.receiptCode }).toString()}`,
      });
      return { fileName: `申报回执-${d.receiptNumber}.pdf`, pdf };
    },

    /** Public: is this receipt genuine? Answers only what the paper receipt already shows. */
    async verifyReceipt(numberInput: string, code: string) {
      const number = normaliseDeclarationReceiptNumber(numberInput);
      const invalid = { valid: false, receiptNumber: null, employerName: null, usccMasked: null, kind: null, acceptedAt: null };
      const [row] = await db
        .select({ d: declarations, employerName: organisations.name, uscc: organisations.uscc })
        .from(declarationReceipts)
        .innerJoin(declarations, and(eq(declarations.employerId, declarationReceipts.employerId), eq(declarations.id, declarationReceipts.declarationId)))
        .innerJoin(organisations, eq(organisations.id, declarations.employerId))
        .where(eq(declarationReceipts.receiptNumber, number));
      if (!row?.d.acceptedAt || !row.uscc) return invalid;
      const ok = dp.verify(RECEIPT_PURPOSE, receiptSigningPayload({ number, uscc: row.uscc, acceptedAt: row.d.acceptedAt, kind: row.d.kind }), code.trim());
      if (!ok) return invalid;
      return {
        valid: true,
        receiptNumber: number,
        employerName: row.employerName,
        usccMasked: `${row.uscc.slice(0, 8)}******${row.uscc.slice(-4)}`,
        kind: row.d.kind,
        acceptedAt: row.d.acceptedAt.toISOString(),
      };
    },
  };
}
/** The content as it travels in JSON (see DeclarationContentSchema). */
type ContentJson = z.infer<typeof DeclarationContentSchema>;
export type DeclarationsService = ReturnType<typeof createDeclarationsService>;
