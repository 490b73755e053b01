import { useEffect } from 'react';
import { FilterForm, ListBody, emptyToNull, useConnection } from '../components/lists.jsx';
import { DISCIPLINES, PageTitle, StatusBadge, Table, UnitLink, label } from '../components/common.jsx';

const NETWORKS = `query Networks($discipline: Discipline, $status: UnitStatus, $nameContains: String, $first: Int, $after: String) {
  capabilityNetworks(discipline: $discipline, status: $status, nameContains: $nameContains, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { key name discipline status members { key } standards { standardId } coveredPods { key } coveredDomains { key } }
  }
}`;

export default function NetworksPage({ search }) {
  useEffect(() => { document.title = 'Capability networks · OrgGrains portal'; }, []);
  const filters = { nameContains: emptyToNull(search.get('q')), discipline: emptyToNull(search.get('discipline')), status: emptyToNull(search.get('status')) };
  const state = useConnection(NETWORKS, filters, 'capabilityNetworks');
  return (
    <>
      <PageTitle>Capability networks</PageTitle>
      <FilterForm path="/networks" search={search} label="Find capability networks" fields={[
        { name: 'q', label: 'Name contains' },
        { name: 'discipline', label: 'Discipline', options: DISCIPLINES },
        { name: 'status', label: 'Status', options: ['ACTIVE', 'ARCHIVED'] },
      ]} />
      <ListBody state={state}>
        {(networks) => (
          <Table caption="Capability networks" rowKey={(n) => n.key} rows={networks} empty="No networks match."
            columns={[
              { title: 'Network', render: (n) => <UnitLink unit={{ ...n, __typename: 'CapabilityNetwork' }} /> },
              { title: 'Discipline', render: (n) => label(n.discipline) },
              { title: 'Status', render: (n) => <StatusBadge status={n.status} /> },
              { title: 'Members', numeric: true, render: (n) => n.members.length },
              { title: 'Standards', numeric: true, render: (n) => n.standards.length },
              { title: 'Pods reached', numeric: true, render: (n) => n.coveredPods.length },
              { title: 'Domains reached', numeric: true, render: (n) => n.coveredDomains.length },
            ]} />
        )}
      </ListBody>
    </>
  );
}
