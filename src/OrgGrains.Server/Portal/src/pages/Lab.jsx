import { useEffect } from 'react';
import { useQuery } from '../hooks.js';
import { Link } from '../router.jsx';
import { Async, HistoryList, PageTitle, Section, StatusBadge, Table, UnitLink, date, label } from '../components/common.jsx';
import { Events, Members } from './Network.jsx';

const LAB = `query Lab($key: String!) {
  innovationLab(key: $key) {
    id key name theme status
    members { key name }
    events { id title kind at }
    explorations { id title startedAt outcome concludedAt promotedToPod { key name } }
    radar { technology ring rationale updatedAt updatedBy }
    history { at actor action detail }
  }
}`;

const RINGS = ['ADOPT', 'TRIAL', 'ASSESS', 'HOLD'];

export default function LabPage({ params }) {
  const result = useQuery(LAB, { key: params.key });
  const lab = result.data?.innovationLab;
  useEffect(() => { document.title = `${lab?.name ?? params.key} · Innovation lab · OrgGrains portal`; }, [lab?.name, params.key]);
  return (
    <Async result={result} what="the lab">
      {(data) => {
        const l = data.innovationLab;
        if (!l) return (<><PageTitle kicker="Innovation lab">Lab {params.key} not found</PageTitle><p><Link to="/labs">All labs</Link></p></>);
        return (
          <>
            <PageTitle kicker={`Innovation lab · ${l.theme}`}>{l.name}</PageTitle>
            <p><StatusBadge status={l.status} /></p>
            <Section title="Explorations">
              <Table caption="Explorations" rowKey={(e) => e.id} rows={l.explorations} empty="No explorations."
                columns={[
                  { title: 'Exploration', render: (e) => e.title },
                  { title: 'Started', render: (e) => date(e.startedAt) },
                  { title: 'Outcome', render: (e) => (e.outcome ? label(e.outcome) : 'Open') },
                  { title: 'Promoted to', render: (e) => <UnitLink unit={e.promotedToPod && { ...e.promotedToPod, __typename: 'Pod' }} /> },
                  { title: 'Concluded', render: (e) => date(e.concludedAt) },
                ]} />
            </Section>
            <Section title="Technology radar">
              <Table caption="Technology radar" rowKey={(r) => r.technology}
                rows={[...l.radar].sort((a, b) => RINGS.indexOf(a.ring) - RINGS.indexOf(b.ring))} empty="No radar entries."
                columns={[
                  { title: 'Technology', render: (r) => r.technology },
                  { title: 'Ring', render: (r) => label(r.ring) },
                  { title: 'Rationale', render: (r) => r.rationale },
                  { title: 'Updated', render: (r) => `${date(r.updatedAt)} by ${r.updatedBy}` },
                ]} />
            </Section>
            <Members members={l.members} />
            <Events events={l.events} />
            <Section title="History"><HistoryList entries={l.history} /></Section>
          </>
        );
      }}
    </Async>
  );
}
