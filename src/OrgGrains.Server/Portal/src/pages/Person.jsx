import { useEffect } from 'react';
import { useQuery } from '../hooks.js';
import { Link } from '../router.jsx';
import { Async, HistoryList, PageTitle, Section, Stat, StatusBadge, Table, UnitLink, date, label } from '../components/common.jsx';

// Email is personal data: asked for only when the caller's role may read it.
const PERSON = `query Person($key: String!, $email: Boolean!) {
  viewer { roles }
  person(key: $key) {
    id key name discipline status skills totalAllocationPercent createdAt updatedAt
    email @include(if: $email)
    primaryPod { key name }
    allocations { role allocationPercent isPrimary pod { key name lifecycle domain { key name } } }
    capabilityNetworks { key name discipline }
    innovationLabs { key name theme }
    alerts { id kind reason raisedAt }
    history { at actor action detail }
  }
}`;

const VIEWER = '{ viewer { roles } }';
const EMAIL_ROLES = ['INTEGRATION', 'STEERING', 'ADMIN'];

export default function PersonPage({ params }) {
  const viewer = useQuery(VIEWER, {});
  const email = Boolean(viewer.data?.viewer.roles.some((r) => EMAIL_ROLES.includes(r)));
  const result = useQuery(PERSON, { key: params.key, email }, { skip: !viewer.data && !viewer.error });
  const person = result.data?.person;
  useEffect(() => {
    document.title = `${person?.name ?? params.key} · Person · OrgGrains portal`;
  }, [person?.name, params.key]);
  return (
    <Async result={viewer.error ? viewer : result} what="the person">
      {(data) => {
        if (!data.person) return (<><PageTitle kicker="Person">Person {params.key} not found</PageTitle><p><Link to="/people">All people</Link></p></>);
        const p = data.person;
        return (
          <>
            <PageTitle kicker={label(p.discipline)}>{p.name}</PageTitle>
            <p><StatusBadge status={p.status} /> <span className="hint">Since {date(p.createdAt)}.</span></p>
            <div className="grid">
              <Section title="At a glance">
                <dl className="stats">
                  <Stat label="Allocated" value={<span data-testid="person-allocation">{p.totalAllocationPercent} %</span>} hint={p.totalAllocationPercent > 100 ? 'over-allocated' : 'across pods'} />
                  <Stat label="Primary pod" value={<UnitLink unit={p.primaryPod && { ...p.primaryPod, __typename: 'Pod' }} />} />
                  <Stat label="Email" value={p.email ?? <span className="hint">needs the integration, steering or admin role</span>} />
                </dl>
                <h3>Skills</h3>
                <p>{p.skills.length ? p.skills.join(', ') : <span className="empty">None recorded.</span>}</p>
              </Section>
              <Section title={`Alerts (${p.alerts.length})`}>
                <ul className="plain">
                  {p.alerts.length === 0 && <li className="empty">No alerts.</li>}
                  {p.alerts.map((a) => <li key={a.id}><strong>{label(a.kind)}</strong>: {a.reason}</li>)}
                </ul>
              </Section>
            </div>
            <Section title="Allocations across pods">
              <div data-testid="person-allocations">
                <Table caption="Allocations across pods" rowKey={(a) => a.pod.key} rows={p.allocations} empty="Not allocated to any pod."
                  columns={[
                    { title: 'Pod', render: (a) => <UnitLink unit={{ ...a.pod, __typename: 'Pod' }} /> },
                    { title: 'Domain', render: (a) => <UnitLink unit={a.pod.domain && { ...a.pod.domain, __typename: 'Domain' }} /> },
                    { title: 'Role', render: (a) => a.role },
                    { title: 'Allocation', numeric: true, render: (a) => `${a.allocationPercent} %` },
                    { title: 'Primary', render: (a) => (a.isPrimary ? 'Yes' : 'No') },
                    { title: 'Pod lifecycle', render: (a) => <StatusBadge status={a.pod.lifecycle} /> },
                  ]} />
              </div>
            </Section>
            <div className="grid two">
              <Section title="Capability networks">
                <ul className="plain">
                  {p.capabilityNetworks.length === 0 && <li className="empty">None.</li>}
                  {p.capabilityNetworks.map((n) => <li key={n.key}><UnitLink unit={{ ...n, __typename: 'CapabilityNetwork' }} /> <span className="hint">{label(n.discipline)}</span></li>)}
                </ul>
              </Section>
              <Section title="Innovation labs">
                <ul className="plain">
                  {p.innovationLabs.length === 0 && <li className="empty">None.</li>}
                  {p.innovationLabs.map((l) => <li key={l.key}><UnitLink unit={{ ...l, __typename: 'InnovationLab' }} /> <span className="hint">{l.theme}</span></li>)}
                </ul>
              </Section>
            </div>
            <Section title="History"><HistoryList entries={p.history} /></Section>
          </>
        );
      }}
    </Async>
  );
}
