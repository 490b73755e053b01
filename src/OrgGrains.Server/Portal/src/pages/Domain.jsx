import { useEffect, useMemo } from 'react';
import { useQuery } from '../hooks.js';
import { Link, query } from '../router.jsx';
import { FlowCharts } from '../components/Chart.jsx';
import {
  Async, HealthBadge, HistoryList, PageTitle, Section, Stat, StatusBadge, Table, UnitLink,
  date, label, money, num, usePaged,
} from '../components/common.jsx';
import { DependencyTable } from './Pod.jsx';

const UNIT = '__typename id ... on Unit { key name }';

export const DOMAIN = `query Domain($key: String!, $weeks: Int!) {
  domain(key: $key) {
    id key name description status funding talentTarget health lastHypothesisConcludedAt createdAt updatedAt
    objectives { id title outcomeMeasure target current }
    metrics {
      throughputPerWeek endToEndLeadTimeHours wip wipLimit experimentationThroughputPerWeek modelDriftPerWeek
      timeToRetrainedReplacementHours promptRefinementCycles annotationLeadTimeHours tokensPerDay costPerDay
      deployedModels modelsWithCurrentReview members
    }
    pods {
      id key name lifecycle health wipLimit
      members { allocationPercent }
      metrics { wip throughputPerWeek openDependencies }
      alerts { id kind reason }
      metricHistory(weeks: $weeks) { weekStart throughput leadTimeHours wip wipLimit openDependencies oldestOpenDependencyDays }
    }
    openDependencies { id key kind status neededBy createdAt statusSince blockedReason consumer { ${UNIT} } provider { ${UNIT} } }
    history { at actor action detail }
  }
}`;

/** The domain's weeks: sums over its pods, lead time weighted by items done, the oldest dependency the oldest of any pod. */
export function rollUp(pods) {
  const weeks = pods.find((p) => p.metricHistory.length)?.metricHistory.length ?? 0;
  return Array.from({ length: weeks }, (_, i) => {
    const rows = pods.map((p) => p.metricHistory[i]).filter(Boolean);
    const done = rows.reduce((s, r) => s + r.throughput, 0);
    const timed = rows.filter((r) => r.leadTimeHours != null);
    const timedDone = timed.reduce((s, r) => s + r.throughput, 0);
    const oldest = rows.map((r) => r.oldestOpenDependencyDays).filter((v) => v != null);
    return {
      weekStart: rows[0].weekStart,
      throughput: done,
      leadTimeHours: timedDone ? timed.reduce((s, r) => s + r.leadTimeHours * r.throughput, 0) / timedDone : null,
      wip: rows.reduce((s, r) => s + r.wip, 0),
      wipLimit: rows.reduce((s, r) => s + r.wipLimit, 0),
      openDependencies: rows.reduce((s, r) => s + r.openDependencies, 0),
      oldestOpenDependencyDays: oldest.length ? Math.max(...oldest) : null,
    };
  });
}

export default function DomainPage({ params }) {
  const result = useQuery(DOMAIN, { key: params.key, weeks: 8 });
  const domain = result.data?.domain;
  useEffect(() => {
    document.title = `${domain?.name ?? params.key} · Domain · OrgGrains portal`;
  }, [domain?.name, params.key]);
  const history = useMemo(() => (domain ? rollUp(domain.pods.filter((p) => p.lifecycle !== 'ARCHIVED')) : []), [domain]);

  return (
    <Async result={result} what="the domain">
      {(data) => {
        if (!data.domain) return (<><PageTitle kicker="Domain">Domain {params.key} not found</PageTitle><p><Link to="/domains">All domains</Link></p></>);
        const d = data.domain;
        const m = d.metrics;
        const alerts = d.pods.flatMap((p) => p.alerts.map((a) => ({ ...a, pod: p })));
        return (
          <>
            <PageTitle kicker="Domain">{d.name}</PageTitle>
            <p className="lead">{d.description}</p>
            <p><StatusBadge status={d.status} /> <HealthBadge health={d.health} />{' '}
              <span className="hint">Last experiment concluded {date(d.lastHypothesisConcludedAt)}.</span>{' '}
              <Link to={`/map${query({ unit: d.id, direction: 'UPSTREAM' })}`}>Dependency map around this domain</Link></p>
            <div className="grid">
              <Section title="Funding and talent">
                <dl className="stats">
                  <Stat label="Funding" value={money(d.funding)} />
                  <Stat label="Talent target" value={num(d.talentTarget)} />
                  <Stat label="Members" value={<span data-testid="domain-members">{num(m.members)}</span>} hint="allocations in its pods" />
                  <Stat label="Pods" value={<span data-testid="domain-pods">{d.pods.length}</span>} />
                </dl>
              </Section>
              <Section title="Flow and AI (last 4 weeks)">
                <dl className="stats">
                  <Stat label="Throughput" value={num(m.throughputPerWeek)} hint="items/week" />
                  <Stat label="Lead time" value={num(m.endToEndLeadTimeHours)} hint="hours" />
                  <Stat label="WIP" value={`${m.wip} / ${m.wipLimit}`} hint="of limit" />
                  <Stat label="Experiments" value={num(m.experimentationThroughputPerWeek)} hint="concluded/week" />
                  <Stat label="Reviewed models" value={`${m.modelsWithCurrentReview} / ${m.deployedModels}`} />
                  <Stat label="Token cost" value={money(m.costPerDay)} hint="per day" />
                </dl>
              </Section>
            </div>
            <Section title="Objectives">
              <Table caption="Objectives" rowKey={(o) => o.id} rows={d.objectives} empty="No objectives."
                columns={[
                  { title: 'Objective', render: (o) => o.title },
                  { title: 'Outcome measure', render: (o) => o.outcomeMeasure },
                  { title: 'Current', numeric: true, render: (o) => num(o.current) },
                  { title: 'Target', numeric: true, render: (o) => num(o.target) },
                ]} />
            </Section>
            <Section title="Over time (weekly, all pods)">
              <FlowCharts history={history} />
            </Section>
            <PodsTable pods={d.pods} />
            <AlertsList alerts={alerts} />
            <Section title={`Open dependencies of the domain itself (${d.openDependencies.length})`}>
              <DependencyTable dependencies={d.openDependencies} caption="Open dependencies of the domain" />
            </Section>
            <Section title="History">
              <HistoryList entries={d.history} />
            </Section>
          </>
        );
      }}
    </Async>
  );
}

function PodsTable({ pods }) {
  const [shown, pager] = usePaged(pods, 20);
  return (
    <Section title={`Pods (${pods.length})`}>
      <Table caption="Pods of the domain" rowKey={(p) => p.key} rows={shown}
        columns={[
          { title: 'Pod', render: (p) => <UnitLink unit={{ ...p, __typename: 'Pod' }} /> },
          { title: 'Lifecycle', render: (p) => <StatusBadge status={p.lifecycle} /> },
          { title: 'Health', render: (p) => <HealthBadge health={p.health} /> },
          { title: 'Members', numeric: true, render: (p) => p.members.length },
          { title: 'Allocated', numeric: true, render: (p) => `${p.members.reduce((s, x) => s + x.allocationPercent, 0)} %` },
          { title: 'WIP / limit', numeric: true, render: (p) => `${p.metrics.wip} / ${p.wipLimit}` },
          { title: 'Throughput', numeric: true, render: (p) => num(p.metrics.throughputPerWeek) },
          { title: 'Open deps', numeric: true, render: (p) => p.metrics.openDependencies },
        ]} />
      {pager}
    </Section>
  );
}

function AlertsList({ alerts }) {
  const [shown, pager] = usePaged(alerts, 10);
  return (
    <Section title={`Alerts in the domain’s pods (${alerts.length})`}>
      <ul className="plain">
        {alerts.length === 0 && <li className="empty">No alerts.</li>}
        {shown.map((a) => <li key={`${a.pod.key}-${a.id}`}><strong>{label(a.kind)}</strong> in <UnitLink unit={{ ...a.pod, __typename: 'Pod' }} />: {a.reason}</li>)}
      </ul>
      {pager}
    </Section>
  );
}
