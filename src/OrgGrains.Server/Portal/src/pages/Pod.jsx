import { useEffect } from 'react';
import { useDebounced, useQuery, useSubscription } from '../hooks.js';
import { Link, query } from '../router.jsx';
import { FlowCharts } from '../components/Chart.jsx';
import {
  Async, HealthBadge, HistoryList, PageTitle, Section, Stat, StatusBadge, Table, UnitLink,
  date, dateTime, label, money, num,
} from '../components/common.jsx';

const UNIT = '__typename id ... on Unit { key name }';

export const POD = `query Pod($key: String!, $weeks: Int!) {
  pod(key: $key) {
    id key name mission lifecycle health wipLimit createdAt updatedAt
    domain { key name }
    members { name discipline role allocationPercent isPrimary person { key totalAllocationPercent } }
    metrics {
      asOf throughputPerWeek endToEndLeadTimeHours wip wipLimit openDependencies oldestOpenDependencyDays
      experimentationThroughputPerWeek hypothesesConcluded hypothesesValidated hypothesesInvalidated
      modelDriftPerWeek timeToRetrainedReplacementHours promptRefinementCycles annotationLeadTimeHours tokensPerDay costPerDay
    }
    metricHistory(weeks: $weeks) { weekStart weekEnd throughput leadTimeHours wip wipLimit hypothesesConcluded tokens openDependencies oldestOpenDependencyDays }
    alerts { id kind reason raisedAt }
    deployedModels { modelId name deployedAt latestQuality driftPerWeek reviewCurrent retired lastResponsibleAiReviewAt }
    hypotheses { id title startedAt concludedAt outcome }
    openDependencies { id key kind status neededBy createdAt statusSince blockedReason consumer { ${UNIT} } provider { ${UNIT} } }
    history { at actor action detail }
  }
}`;

const CHANGED = 'subscription PodChanged($id: ID!) { unitChanged(id: $id) { action at } }';

export function DependencyTable({ dependencies, caption }) {
  const now = Date.now();
  return (
    <Table caption={caption} rowKey={(d) => d.key} rows={dependencies} empty="No open dependencies."
      rowClass={(d) => (d.neededBy && new Date(d.neededBy).getTime() < now ? 'over' : undefined)}
      columns={[
        { title: 'Dependency', render: (d) => d.key },
        { title: 'Consumer', render: (d) => <UnitLink unit={d.consumer} /> },
        { title: 'Provider', render: (d) => <UnitLink unit={d.provider} /> },
        { title: 'Kind', render: (d) => label(d.kind) },
        { title: 'Status', render: (d) => <><StatusBadge status={d.status} />{d.blockedReason && <span className="hint"> {d.blockedReason}</span>}</> },
        { title: 'Needed by', render: (d) => <>{date(d.neededBy)}{d.neededBy && new Date(d.neededBy).getTime() < now && <strong> (overdue)</strong>}</> },
        { title: 'Age (days)', numeric: true, render: (d) => num((now - new Date(d.createdAt).getTime()) / 86400000) },
      ]} />
  );
}

export default function PodPage({ params }) {
  const result = useQuery(POD, { key: params.key, weeks: 8 });
  const pod = result.data?.pod;
  const refresh = useDebounced(result.reload, 500);
  useSubscription(CHANGED, { id: pod?.id }, refresh, { skip: !pod?.id });
  useEffect(() => {
    document.title = `${pod?.name ?? params.key} · Pod · OrgGrains portal`;
  }, [pod?.name, params.key]);

  return (
    <Async result={result} what="the pod">
      {(data) => {
        if (!data.pod) return (<><PageTitle kicker="Pod">Pod {params.key} not found</PageTitle><p><Link to="/pods">All pods</Link></p></>);
        const p = data.pod;
        const m = p.metrics;
        const totalAllocation = p.members.reduce((sum, member) => sum + member.allocationPercent, 0);
        return (
          <>
            <PageTitle kicker={<>Pod in <UnitLink unit={p.domain && { ...p.domain, __typename: 'Domain' }} /></>}>{p.name}</PageTitle>
            <p className="lead">{p.mission}</p>
            <p>
              <StatusBadge status={p.lifecycle} /> <HealthBadge health={p.health} />{' '}
              <span className="hint">Created {date(p.createdAt)}, changed {dateTime(p.updatedAt)}.</span>{' '}
              <Link to={`/map${query({ unit: p.id, direction: 'UPSTREAM' })}`}>Dependency map around this pod</Link>
            </p>
            <div className="grid">
              <Section title="Flow (last 4 weeks)">
                <dl className="stats">
                  <Stat label="Throughput" value={<span data-testid="pod-throughput">{num(m.throughputPerWeek)}</span>} hint="items/week" />
                  <Stat label="Lead time" value={num(m.endToEndLeadTimeHours)} hint="hours" />
                  <Stat label="WIP" value={<span data-testid="pod-wip">{`${m.wip} / ${m.wipLimit}`}</span>} hint="of limit" />
                  <Stat label="Open dependencies" value={m.openDependencies} hint={m.oldestOpenDependencyDays == null ? null : `oldest ${num(m.oldestOpenDependencyDays)} days`} />
                </dl>
              </Section>
              <Section title="AI metrics">
                <dl className="stats">
                  <Stat label="Experiments" value={num(m.experimentationThroughputPerWeek)} hint={`concluded/week (${m.hypothesesValidated} validated, ${m.hypothesesInvalidated} invalidated)`} />
                  <Stat label="Model drift" value={num(m.modelDriftPerWeek)} hint="quality/week" />
                  <Stat label="Retrain time" value={num(m.timeToRetrainedReplacementHours)} hint="hours" />
                  <Stat label="Prompt cycles" value={num(m.promptRefinementCycles)} hint="to production" />
                  <Stat label="Annotation lead time" value={num(m.annotationLeadTimeHours)} hint="hours" />
                  <Stat label="Tokens" value={num(m.tokensPerDay)} hint={`per day, ${money(m.costPerDay)}`} />
                </dl>
              </Section>
            </div>
            <Section title="Over time (weekly)">
              <FlowCharts history={p.metricHistory} />
            </Section>
            <Section title={`Alerts (${p.alerts.length})`}>
              <ul className="plain" data-testid="pod-alerts">
                {p.alerts.length === 0 && <li className="empty">No alerts.</li>}
                {p.alerts.map((a) => <li key={a.id}><strong>{label(a.kind)}</strong>: {a.reason} <span className="hint">since {dateTime(a.raisedAt)}</span></li>)}
              </ul>
            </Section>
            <Section title={`Members (${p.members.length})`}>
              <p className="hint">Allocation to this pod; a person’s total across pods above 100 % raises an alert. {totalAllocation} % allocated in all.</p>
              <div data-testid="pod-members">
                <Table caption="Members and allocations" rowKey={(x) => x.person.key} rows={p.members}
                  rowClass={(x) => (x.person.totalAllocationPercent > 100 ? 'over' : undefined)}
                  columns={[
                    { title: 'Name', render: (x) => <UnitLink unit={{ __typename: 'Person', key: x.person.key, name: x.name }} /> },
                    { title: 'Discipline', render: (x) => label(x.discipline) },
                    { title: 'Role', render: (x) => x.role },
                    { title: 'Allocation', numeric: true, render: (x) => `${x.allocationPercent} %` },
                    { title: 'Primary', render: (x) => (x.isPrimary ? 'Yes' : 'No') },
                    { title: 'Total across pods', numeric: true, render: (x) => <>{x.person.totalAllocationPercent} %{x.person.totalAllocationPercent > 100 && <strong> over</strong>}</> },
                  ]} />
              </div>
            </Section>
            <Section title={`Open dependencies (${p.openDependencies.length})`}>
              <DependencyTable dependencies={p.openDependencies} caption="Open dependencies of the pod" />
            </Section>
            <div className="grid two">
              <Section title="Deployed models">
                <Table caption="Deployed models" rowKey={(x) => x.modelId} rows={p.deployedModels} empty="No deployed models."
                  columns={[
                    { title: 'Model', render: (x) => x.name || x.modelId },
                    { title: 'Deployed', render: (x) => date(x.deployedAt) },
                    { title: 'Quality', numeric: true, render: (x) => num(x.latestQuality) },
                    { title: 'Drift/week', numeric: true, render: (x) => num(x.driftPerWeek) },
                    { title: 'Responsible-AI review', render: (x) => (x.retired ? 'Retired' : x.reviewCurrent ? `Current (${date(x.lastResponsibleAiReviewAt)})` : 'Missing or expired') },
                  ]} />
              </Section>
              <Section title="Hypotheses">
                <Table caption="Hypotheses" rowKey={(x) => x.id} rows={p.hypotheses} empty="No hypotheses."
                  columns={[
                    { title: 'Hypothesis', render: (x) => x.title || x.id },
                    { title: 'Started', render: (x) => date(x.startedAt) },
                    { title: 'Concluded', render: (x) => date(x.concludedAt) },
                    { title: 'Outcome', render: (x) => (x.outcome ? label(x.outcome) : 'Open') },
                  ]} />
              </Section>
            </div>
            <Section title="Lifecycle and history">
              <p>Lifecycle: Forming → Active → Sunsetting → Archived. Now <strong>{label(p.lifecycle)}</strong>.</p>
              <HistoryList entries={p.history} />
            </Section>
          </>
        );
      }}
    </Async>
  );
}
