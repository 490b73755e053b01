import { useEffect } from 'react';
import { FilterForm, ListBody, emptyToNull, useConnection } from '../components/lists.jsx';
import { PageTitle, StatusBadge, Table, UnitLink } from '../components/common.jsx';

const LABS = `query Labs($status: UnitStatus, $nameContains: String, $first: Int, $after: String) {
  innovationLabs(status: $status, nameContains: $nameContains, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { key name theme status members { key } explorations { id outcome } radar { technology } }
  }
}`;

export default function LabsPage({ search }) {
  useEffect(() => { document.title = 'Innovation labs · OrgGrains portal'; }, []);
  const filters = { nameContains: emptyToNull(search.get('q')), status: emptyToNull(search.get('status')) };
  const state = useConnection(LABS, filters, 'innovationLabs');
  return (
    <>
      <PageTitle>Innovation labs</PageTitle>
      <FilterForm path="/labs" search={search} label="Find innovation labs" fields={[
        { name: 'q', label: 'Name contains' },
        { name: 'status', label: 'Status', options: ['ACTIVE', 'ARCHIVED'] },
      ]} />
      <ListBody state={state}>
        {(labs) => (
          <Table caption="Innovation labs" rowKey={(l) => l.key} rows={labs} empty="No labs match."
            columns={[
              { title: 'Lab', render: (l) => <UnitLink unit={{ ...l, __typename: 'InnovationLab' }} /> },
              { title: 'Theme', render: (l) => l.theme },
              { title: 'Status', render: (l) => <StatusBadge status={l.status} /> },
              { title: 'Members', numeric: true, render: (l) => l.members.length },
              { title: 'Explorations', numeric: true, render: (l) => l.explorations.length },
              { title: 'Open explorations', numeric: true, render: (l) => l.explorations.filter((e) => !e.outcome).length },
              { title: 'Radar entries', numeric: true, render: (l) => l.radar.length },
            ]} />
        )}
      </ListBody>
    </>
  );
}
