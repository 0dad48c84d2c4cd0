import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { DeclarationEditor, DeclarationHeader, DeclarationStateTag, useDeclaration } from '../features/declarations/index.ts';
import { employerPath } from '../shared/routes.ts';
import { LoadFailure } from '../shared/ui/LoadFailure.tsx';
import { PageHeader } from '../shared/ui/PageHeader.tsx';

/** One declaration: the form (editable for the employer while draft or returned), the review actions and the history. */
export function DeclarationPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const declaration = useDeclaration(id);

  if (declaration.isPending) return <Skeleton active />;
  if (declaration.error) return <LoadFailure error={declaration.error} onRetry={() => void declaration.refetch()} />;
  const d = declaration.data;
  return (
    <div data-testid="declaration-page">
      <PageHeader
        title={t('declarations.formTitle', { kind: t(`declarationKinds.${d.kind}`) })}
        subtitle={<Link to={employerPath(d.employerId, 'declarations')}>{d.employerName}</Link>}
        extra={<DeclarationStateTag state={d.state} />}
      />
      <DeclarationHeader declaration={d} />
      <DeclarationEditor key={d.id} declaration={d} />
    </div>
  );
}
