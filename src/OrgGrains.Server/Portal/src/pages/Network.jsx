import { useEffect } from 'react';
import { useQuery } from '../hooks.js';
import { Link, query } from '../router.jsx';
import { Async, HistoryList, PageTitle, Section, StatusBadge, Table, UnitLink, date, dateTime, label, usePaged } from '../components/common.jsx';

const NETWORK = `query Network($key: String!) {
  capabilityNetwork(key: $key) {
    id key name discipline status
    members { key name }
    standards { standardId title version publishedAt publishedBy }
    events { id title kind at }
    coveredPods { key name }
    coveredDomains { key name }
    history { at actor action detail }
  }
}`;

export function Members({ members }) {
  const sorted = [...members].sort((a, b) => a.name.localeCompare(b.name));
  const [shown, pager] = usePaged(sorted, 20);
  return (
    <Section title={`Members (${members.length})`}>
      <ul className="plain columns" data-testid="community-members">
        {members.length === 0 && <li className="empty">No members.</li>}
        {shown.map((m) => <li key={m.key}><UnitLink unit={{ ...m, __typename: 'Person' }} /></li>)}
      </ul>
      {pager}
    </Section>
  );
}

export function Events({ events }) {
  return (
    <Section title="Events">
      <Table caption="Events" rowKey={(e) => e.id} rows={[...events].sort((a, b) => new Date(b.at) - new Date(a.at))} empty="No events."
        columns={[
          { title: 'Event', render: (e) => e.title },
          { title: 'Kind', render: (e) => label(e.kind) },
          { title: 'When', render: (e) => dateTime(e.at) },
        ]} />
    </Section>
  );
}

export default function NetworkPage({ params }) {
  const result = useQuery(NETWORK, { key: params.key });
  const network = result.data?.capabilityNetwork;
  useEffect(() => { document.title = `${network?.name ?? params.key} · Capability network · OrgGrains portal`; }, [network?.name, params.key]);
  return (
    <Async result={result} what="the network">
      {(data) => {
        const n = data.capabilityNetwork;
        if (!n) return (<><PageTitle kicker="Capability network">Network {params.key} not found</PageTitle><p><Link to="/networks">All networks</Link></p></>);
        const [pods, domains] = [n.coveredPods, n.coveredDomains];
        return (
          <>
            <PageTitle kicker={`Capability network · ${label(n.discipline)}`}>{n.name}</PageTitle>
            <p><StatusBadge status={n.status} /> <span className="hint">Reaches {pods.length} pods in {domains.length} domains through its members.</span>{' '}
              <Link to={`/map${query({ unit: n.id, direction: 'DOWNSTREAM' })}`}>Who depends on this network</Link></p>
            <Members members={n.members} />
            <Section title="Standards (latest versions)">
              <Table caption="Standards" rowKey={(s) => s.standardId} rows={n.standards} empty="No standards published."
                columns={[
                  { title: 'Standard', render: (s) => s.title },
                  { title: 'Version', numeric: true, render: (s) => s.version },
                  { title: 'Published', render: (s) => date(s.publishedAt) },
                  { title: 'By', render: (s) => s.publishedBy },
                ]} />
            </Section>
            <Events events={n.events} />
            <Section title="Domains reached">
              <p>{domains.length ? domains.map((d, i) => <span key={d.key}>{i > 0 && ', '}<UnitLink unit={{ ...d, __typename: 'Domain' }} /></span>) : <span className="empty">None.</span>}</p>
            </Section>
            <Section title="History"><HistoryList entries={n.history} /></Section>
          </>
        );
      }}
    </Async>
  );
}
