import type { DeclarationContent } from '@ohnet/domain';
import { App, Col, Form, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ServerIssue, codeIssueText, describeError, placeServerErrors } from '../../../shared/api/errors.ts';
import { type DeclarationDetail, usePrefill, useDeclarationAction, useSaveDeclaration } from '../api.ts';
import { readDeclarationContent } from '../declaration-content.ts';
import { clearFieldErrors } from '../../../shared/forms/clear-errors.ts';
import { issuesOf, withoutContentPrefix } from '../issue-labels.ts';
import { DeclarationIssues } from './DeclarationIssues.tsx';
import { DeclarationTimeline } from './DeclarationTimeline.tsx';
import { EmployerActions } from './EmployerActions.tsx';
import { ReturnReasonAlert } from './ReturnReasonAlert.tsx';
import { ReviewActions } from './ReviewActions.tsx';
import { BasicInfoSection } from './form/BasicInfoSection.tsx';
import { ChangeSection } from './form/ChangeSection.tsx';
import { HazardsSection } from './form/HazardsSection.tsx';
import { ProductsSection } from './form/ProductsSection.tsx';
import { SurveillanceSection } from './form/SurveillanceSection.tsx';
import { TestingSection } from './form/TestingSection.tsx';

export interface DeclarationEditorProps {
  declaration: DeclarationDetail;
}

type NamePath = (string | number)[];

const toNamePath = (path: string): NamePath => path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));

/** The form's starting values: the saved content; a change declaration always has its 变更情况 part. */
function initialContent(declaration: DeclarationDetail): DeclarationContent {
  const content = readDeclarationContent(declaration.content);
  return declaration.kind === 'change' && content.change === null ? { ...content, change: { reason: null, occurredOn: null } } : content;
}

/**
 * 职业病危害项目申报表 with its workflow: the employer edits a draft (or a returned declaration),
 * saves it and submits it — the server validates everything and its issues land on the fields and
 * in a list above the form; a reviewer reads it and accepts or returns it. Both see the history.
 */
export function DeclarationEditor({ declaration }: DeclarationEditorProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<DeclarationContent>();
  const [issues, setIssues] = useState<ServerIssue[]>([]);
  const save = useSaveDeclaration(declaration.id);
  const action = useDeclarationAction(declaration.id);
  const prefill = usePrefill();

  const busy = save.isPending && !action.isPending ? 'save' : action.isPending ? (action.variables.action === 'withdraw' ? 'withdraw' : 'submit') : prefill.isPending ? 'prefill' : null;
  const currentContent = () => readDeclarationContent(form.getFieldsValue(true));
  const factorName = (index: number) => form.getFieldValue(['factors', index, 'factorName']) || undefined;

  /** A 422 goes onto the fields and into the list; anything else is one message. */
  const handleError = (error: unknown) => {
    const stripped = withoutContentPrefix(error);
    const found = issuesOf(stripped);
    if (found.length === 0) {
      void message.error(describeError(error));
      return;
    }
    placeServerErrors(form, stripped, {}, codeIssueText);
    setIssues(found);
    void message.error(t('declarations.issues.toast', { count: found.length }));
    window.scrollTo({ top: 0, behavior: 'smooth' });
  };

  const handleSave = () => {
    clearFieldErrors(form);
    save.mutate(currentContent(), {
      onSuccess: () => {
        setIssues([]);
        void message.success(t('declarations.actions.saved'));
      },
      onError: handleError,
    });
  };

  const submit = async () => {
    clearFieldErrors(form);
    try {
      // Submit validates what is stored: save the form first.
      if (declaration.editable) await save.mutateAsync(currentContent());
      await action.mutateAsync({ action: 'submit' });
      setIssues([]);
      message.destroy();
      void message.success(t('declarations.actions.submitted'));
      window.scrollTo({ top: 0, behavior: 'smooth' });
    } catch (error) {
      handleError(error);
    }
  };

  const handleSubmit = () => {
    modal.confirm({
      title: t('declarations.actions.submitTitle'),
      content: t('declarations.actions.submitConfirm'),
      okText: t('declarations.actions.submit'),
      cancelText: t('common.cancel'),
      onOk: () => void submit(),
    });
  };

  const handleWithdraw = () => {
    modal.confirm({
      title: t('declarations.actions.withdrawTitle'),
      content: t('declarations.actions.withdrawConfirm'),
      okText: t('declarations.actions.withdraw'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await action.mutateAsync({ action: 'withdraw' });
          void message.success(t('declarations.actions.withdrawn'));
        } catch (error) {
          void message.error(describeError(error));
        }
      },
    });
  };

  const handlePrefill = () => {
    modal.confirm({
      title: t('declarations.actions.prefillTitle'),
      content: t('declarations.actions.prefillConfirm'),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: () =>
        prefill.mutate(declaration.employerId, {
          onSuccess: ({ content }) => {
            const change = form.getFieldValue('change') ?? null;
            clearFieldErrors(form);
            setIssues([]);
            form.setFieldsValue({ ...readDeclarationContent(content), change });
            void message.success(t('declarations.actions.prefilled'));
          },
          onError: (error) => void message.error(describeError(error)),
        }),
    });
  };

  /** Scrolls to the field of an issue, or to the nearest part of the form that has one. */
  const handleSelectIssue = (path: string) => {
    const name = toNamePath(path);
    const registered = new Set(form.getFieldsError().map((f) => JSON.stringify(f.name)));
    for (let n = name.length; n > 0; n--) {
      const prefix = name.slice(0, n);
      if (registered.has(JSON.stringify(prefix))) {
        form.scrollToField(prefix, { block: 'center', focus: true });
        return;
      }
    }
    const [section, category] = path.split('.');
    const target = document.querySelector(`[data-testid="decl-hazard-${category}"]`) ?? document.querySelector(`[data-testid="decl-section-${section}"]`);
    target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  /** A renamed factor row is resolved afresh by its name: its old catalogue id goes. */
  const handleValuesChange = (changed: Partial<DeclarationContent>) => {
    changed.factors?.forEach((row, index) => {
      if (row && 'factorName' in row) form.setFieldValue(['factors', index, 'factorId'], null);
    });
  };

  return (
    <Row gutter={16} align="top">
      <Col xs={24} xl={17}>
        <ReturnReasonAlert declaration={declaration} />
        <DeclarationIssues issues={issues} factorName={factorName} onSelect={handleSelectIssue} />
        <Form<DeclarationContent>
          form={form}
          layout="vertical"
          initialValues={initialContent(declaration)}
          onValuesChange={handleValuesChange}
          disabled={!declaration.editable}
          className={declaration.editable ? 'ohnet-declaration-form' : 'ohnet-declaration-form ohnet-readonly-form'}
          data-testid="declaration-form"
        >
          {declaration.kind === 'change' ? <ChangeSection /> : null}
          <BasicInfoSection />
          <ProductsSection editable={declaration.editable} />
          <HazardsSection editable={declaration.editable} />
          <TestingSection editable={declaration.editable} />
          <SurveillanceSection editable={declaration.editable} />
        </Form>
      </Col>
      <Col xs={24} xl={7}>
        <div className="ohnet-declaration-aside">
          <EmployerActions declaration={declaration} busy={busy} onSave={handleSave} onSubmit={handleSubmit} onWithdraw={handleWithdraw} onPrefill={handlePrefill} />
          <ReviewActions declaration={declaration} />
          <DeclarationTimeline events={declaration.events} />
        </div>
      </Col>
    </Row>
  );
}
