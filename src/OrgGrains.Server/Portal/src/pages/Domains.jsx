import { useEffect } from 'react';
import { FilterForm, ListBody, emptyToNull, useConnection } from '../components/lists.jsx';
import { HealthBadge, PageTitle, StatusBadge, Table, UnitLink, money, num } from '../components/common.jsx';

const DOMAINS = `query Domains($status: UnitStatus, $nameContains: String, $first: Int, $after: String) {
  domains(status: $status, nameContains: $nameContains, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { key name status health funding talentTarget metrics { members throughputPerWeek wip wipLimit } }
  }
}`;

export default function DomainsPage({ search }) {
  useEffect(() => { document.title = 'Domains · OrgGrains portal'; }, []);
  const filters = { nameContains: emptyToNull(search.get('q')), status: emptyToNull(search.get('status')) };
  const state = useConnection(DOMAINS, filters, 'domains');
  return (
    <>
      <PageTitle>Domains</PageTitle>
      <FilterForm path="/domains" search={search} label="Find domains" fields={[
        { name: 'q', label: 'Name contains' },
        { name: 'status', label: 'Status', options: ['ACTIVE', 'ARCHIVED'] },
      ]} />
      <ListBody state={state}>
        {(domains) => (
          <Table caption="Domains" rowKey={(d) => d.key} rows={domains} empty="No domains match."
            columns={[
              { title: 'Domain', render: (d) => <UnitLink unit={{ ...d, __typename: 'Domain' }} /> },
              { title: 'Status', render: (d) => <StatusBadge status={d.status} /> },
              { title: 'Health', render: (d) => <HealthBadge health={d.health} /> },
              { title: 'Funding', numeric: true, render: (d) => money(d.funding) },
              { title: 'Talent target', numeric: true, render: (d) => num(d.talentTarget) },
              { title: 'Members', numeric: true, render: (d) => num(d.metrics.members) },
              { title: 'WIP / limit', numeric: true, render: (d) => `${d.metrics.wip} / ${d.metrics.wipLimit}` },
              { title: 'Throughput', numeric: true, render: (d) => num(d.metrics.throughputPerWeek) },
            ]} />
        )}
      </ListBody>
    </>
  );
}
