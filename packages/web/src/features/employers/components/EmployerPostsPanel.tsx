import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportHistory, ImportModal } from '../../imports/index.ts';
import { type EmployerDetail, type Post, postImportEndpoints, usePostImports, useRefreshEmployers } from '../api.ts';
import { PostFormModal } from './PostFormModal.tsx';
import { PostTable } from './PostTable.tsx';

export interface EmployerPostsPanelProps {
  employer: EmployerDetail;
  canEdit: boolean;
}

type Dialog = { kind: 'none' } | { kind: 'create' } | { kind: 'edit'; post: Post } | { kind: 'import' };

/** 岗位与危害因素 tab: the posts table, its add / edit form, and the bulk import with its history. */
export function EmployerPostsPanel({ employer, canEdit }: EmployerPostsPanelProps) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  const imports = usePostImports(employer.id, canEdit);
  const refresh = useRefreshEmployers();
  const close = () => setDialog({ kind: 'none' });

  return (
    <>
      <PostTable
        employerId={employer.id}
        posts={employer.posts}
        onCreate={canEdit ? () => setDialog({ kind: 'create' }) : undefined}
        onImport={canEdit ? () => setDialog({ kind: 'import' }) : undefined}
        onEdit={canEdit ? (post) => setDialog({ kind: 'edit', post }) : undefined}
      />
      {canEdit ? <ImportHistory imports={imports} /> : null}
      <PostFormModal employerId={employer.id} open={dialog.kind === 'create' || dialog.kind === 'edit'} post={dialog.kind === 'edit' ? dialog.post : undefined} onClose={close} />
      <ImportModal
        open={dialog.kind === 'import'}
        title={t('employers.posts.importTitle')}
        intro={t('employers.posts.importIntro')}
        endpoints={postImportEndpoints(employer.id)}
        onClose={close}
        onFinished={refresh}
      />
    </>
  );
}
