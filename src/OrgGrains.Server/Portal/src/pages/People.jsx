import { useEffect } from 'react';
import { FilterForm, ListBody, emptyToNull, useConnection } from '../components/lists.jsx';
import { DISCIPLINES, PageTitle, StatusBadge, Table, UnitLink, label } from '../components/common.jsx';

const PEOPLE = `query People($discipline: Discipline, $primaryPodKey: String, $nameContains: String, $first: Int, $after: String) {
  people(discipline: $discipline, primaryPodKey: $primaryPodKey, nameContains: $nameContains, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { key name discipline status totalAllocationPercent primaryPod { key name } allocations { pod { key } } }
  }
}`;

export default function PeoplePage({ search }) {
  useEffect(() => { document.title = 'People · OrgGrains portal'; }, []);
  const filters = { nameContains: emptyToNull(search.get('q')), discipline: emptyToNull(search.get('discipline')), primaryPodKey: emptyToNull(search.get('pod')) };
  const state = useConnection(PEOPLE, filters, 'people');
  return (
    <>
      <PageTitle>People</PageTitle>
      <FilterForm path="/people" search={search} label="Find people" fields={[
        { name: 'q', label: 'Name contains' },
        { name: 'discipline', label: 'Discipline', options: DISCIPLINES },
        { name: 'pod', label: 'Primary pod key', placeholder: 'pod-00001' },
      ]} />
      <ListBody state={state}>
        {(people) => (
          <Table caption="People" rowKey={(p) => p.key} rows={people} empty="No people match."
            rowClass={(p) => (p.totalAllocationPercent > 100 ? 'over' : undefined)}
            columns={[
              { title: 'Name', render: (p) => <UnitLink unit={{ ...p, __typename: 'Person' }} /> },
              { title: 'Discipline', render: (p) => label(p.discipline) },
              { title: 'Primary pod', render: (p) => <UnitLink unit={p.primaryPod && { ...p.primaryPod, __typename: 'Pod' }} /> },
              { title: 'Pods', numeric: true, render: (p) => p.allocations.length },
              { title: 'Allocated', numeric: true, render: (p) => <>{p.totalAllocationPercent} %{p.totalAllocationPercent > 100 && <strong> over</strong>}</> },
              { title: 'Status', render: (p) => <StatusBadge status={p.status} /> },
            ]} />
        )}
      </ListBody>
    </>
  );
}
