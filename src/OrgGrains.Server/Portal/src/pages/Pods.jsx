import { useEffect } from 'react';
import { FilterForm, ListBody, emptyToNull, useConnection } from '../components/lists.jsx';
import { HealthBadge, LIFECYCLES, PageTitle, StatusBadge, Table, UnitLink, num } from '../components/common.jsx';

const PODS = `query Pods($domainKey: String, $lifecycle: PodLifecycle, $nameContains: String, $first: Int, $after: String) {
  pods(domainKey: $domainKey, lifecycle: $lifecycle, nameContains: $nameContains, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { key name lifecycle health wipLimit domain { key name } members { allocationPercent } metrics { wip throughputPerWeek openDependencies } }
  }
}`;

export default function PodsPage({ search }) {
  useEffect(() => { document.title = 'Pods · OrgGrains portal'; }, []);
  const filters = { nameContains: emptyToNull(search.get('q')), lifecycle: emptyToNull(search.get('lifecycle')), domainKey: emptyToNull(search.get('domain')) };
  const state = useConnection(PODS, filters, 'pods');
  return (
    <>
      <PageTitle>Pods</PageTitle>
      <FilterForm path="/pods" search={search} label="Find pods" fields={[
        { name: 'q', label: 'Name contains' },
        { name: 'lifecycle', label: 'Lifecycle', options: LIFECYCLES },
        { name: 'domain', label: 'Domain key', placeholder: 'dom-0001' },
      ]} />
      <ListBody state={state}>
        {(pods) => (
          <Table caption="Pods" rowKey={(p) => p.key} rows={pods} empty="No pods match."
            columns={[
              { title: 'Pod', render: (p) => <UnitLink unit={{ ...p, __typename: 'Pod' }} /> },
              { title: 'Domain', render: (p) => <UnitLink unit={p.domain && { ...p.domain, __typename: 'Domain' }} /> },
              { title: 'Lifecycle', render: (p) => <StatusBadge status={p.lifecycle} /> },
              { title: 'Health', render: (p) => <HealthBadge health={p.health} /> },
              { title: 'Members', numeric: true, render: (p) => p.members.length },
              { title: 'WIP / limit', numeric: true, render: (p) => `${p.metrics.wip} / ${p.wipLimit}` },
              { title: 'Throughput', numeric: true, render: (p) => num(p.metrics.throughputPerWeek) },
              { title: 'Open deps', numeric: true, render: (p) => p.metrics.openDependencies },
            ]} />
        )}
      </ListBody>
    </>
  );
}
