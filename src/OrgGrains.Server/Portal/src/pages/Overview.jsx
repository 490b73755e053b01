import { useEffect, useMemo, useState } from 'react';
import { useDebounced, useQuery, useSubscription } from '../hooks.js';
import { Link, query } from '../router.jsx';
import {
  ApiErrorNotice, HealthBadge, Loading, PageTitle, Section, Stat, Table, UnitList, UnitLink,
  date, dateTime, label, money, num, usePaged,
} from '../components/common.jsx';

const UNIT = '__typename id ... on Unit { key name }';

export const OVERVIEW = `query Overview {
  organisation {
    id name updatedAt alertCount
    counts { kind total byStatus { status count } }
    alertsByKind { kind count }
    recentAlerts { id kind reason raisedAt units { ${UNIT} } }
    initiatives { id rank title wsjf businessValue timeCriticality riskReduction jobSize domains { key name } }
    funding { domain { key name } funding talentTarget headcount }
    responsibleAi { deployedModels withCurrentReview withoutCurrentReview }
    domainHealth { domain { key name } health podCount activePodCount redPods lastHypothesisConcludedAt }
    dependencies { open overdue cycles longestBlockedChain topBottlenecks { openIncoming unit { ${UNIT} } } }
    metrics { throughputPerWeek endToEndLeadTimeHours wip wipLimit experimentationThroughputPerWeek tokensPerDay costPerDay members deployedModels }
  }
  unreviewed: alerts(kind: MODEL_WITHOUT_RESPONSIBLE_AI_REVIEW, first: 5) { totalCount nodes { id reason units { ${UNIT} } } }
}`;

export const ALERT_CHANGED = `subscription AlertFeed {
  alertChanged { raised at alert { id kind reason raisedAt units { ${UNIT} } } }
}`;

const KIND_NAMES = { Person: 'People', Pod: 'Pods', Domain: 'Domains', CapabilityNetwork: 'Capability networks', InnovationLab: 'Innovation labs', Dependency: 'Dependencies' };
const KIND_LINKS = { Person: '/people', Pod: '/pods', Domain: '/domains', CapabilityNetwork: '/networks', InnovationLab: '/labs' };
const HEALTH_ORDER = { RED: 0, AMBER: 1, GREEN: 2 };

export default function Overview() {
  const result = useQuery(OVERVIEW, {});
  const [feed, setFeed] = useState({ raised: [], cleared: new Set() });
  const [announcement, setAnnouncement] = useState('');
  const refresh = useDebounced(result.reload, 1500);

  useEffect(() => {
    document.title = 'Overview · OrgGrains portal';
  }, []);

  useSubscription(ALERT_CHANGED, {}, ({ alertChanged }) => {
    const { alert, raised } = alertChanged;
    setFeed((f) => {
      const cleared = new Set(f.cleared);
      if (raised) cleared.delete(alert.id);
      else cleared.add(alert.id);
      const others = f.raised.filter((a) => a.id !== alert.id);
      return { raised: raised ? [{ ...alert, live: true }, ...others].slice(0, 50) : others, cleared };
    });
    setAnnouncement(`${raised ? 'New alert' : 'Alert cleared'}: ${label(alert.kind)}. ${alert.reason}`);
    refresh();
  });

  if (result.error && !result.data) {
    return (<><PageTitle kicker="Steering group">Organisation overview</PageTitle><ApiErrorNotice error={result.error} onRetry={result.reload} /></>);
  }
  if (!result.data) return (<><PageTitle kicker="Steering group">Organisation overview</PageTitle><Loading what="the organisation" /></>);

  const org = result.data.organisation;
  const alerts = mergeAlerts(org.recentAlerts, feed);
  return (
    <>
      <PageTitle kicker="Steering group">Organisation overview</PageTitle>
      <p className="updated">State as of {dateTime(org.updatedAt)}; alerts arrive live.</p>
      <div className="visually-hidden" role="status" aria-live="polite" data-testid="alert-announcement">{announcement}</div>
      <div className="grid">
        <Section title="The organisation in numbers">
          <dl className="stats">
            {org.counts.map((c) => (
              <Stat key={c.kind}
                label={KIND_LINKS[c.kind] ? <Link to={KIND_LINKS[c.kind]}>{KIND_NAMES[c.kind] || c.kind}</Link> : (KIND_NAMES[c.kind] || c.kind)}
                value={<span data-testid={`count-${c.kind}`}>{num(c.total)}</span>}
                hint={c.byStatus.length > 1 ? c.byStatus.map((s) => `${num(s.count)} ${label(s.status).toLowerCase()}`).join(', ') : null} />
            ))}
            <Stat label="Open alerts" value={<span data-testid="alert-count">{num(org.alertCount)}</span>} />
          </dl>
        </Section>
        <Section title="Flow across all pods">
          <dl className="stats">
            <Stat label="Throughput" value={num(org.metrics.throughputPerWeek)} hint="items/week" />
            <Stat label="Lead time" value={num(org.metrics.endToEndLeadTimeHours)} hint="hours" />
            <Stat label="WIP" value={`${num(org.metrics.wip)} / ${num(org.metrics.wipLimit)}`} hint="of limit" />
            <Stat label="Experiments" value={num(org.metrics.experimentationThroughputPerWeek)} hint="concluded/week" />
            <Stat label="Token cost" value={money(org.metrics.costPerDay)} hint="per day" />
          </dl>
        </Section>
        <Section title="Alerts by kind">
          <AlertKinds kinds={org.alertsByKind} total={org.alertCount} />
        </Section>
      </div>
      <Section title="Newest alerts" actions={<span className="hint">Live: new alerts appear here without a reload.</span>}>
        <ol className="alerts" data-testid="recent-alerts">
          {alerts.length === 0 && <li className="empty">No alerts.</li>}
          {alerts.slice(0, 12).map((a) => (
            <li key={a.id} className={a.live ? 'alert live-new' : 'alert'} data-alert-id={a.id}>
              <span className="alert-kind">{label(a.kind)}</span>
              {a.live && <span className="badge new">New</span>}
              <span className="alert-reason">{a.reason}</span>
              <span className="alert-units"><UnitList units={a.units} /></span>
              <time dateTime={a.raisedAt}>{dateTime(a.raisedAt)}</time>
            </li>
          ))}
        </ol>
      </Section>
      <Initiatives initiatives={org.initiatives} />
      <div className="grid two">
        <DomainHealthTable rows={org.domainHealth} />
        <FundingTable rows={org.funding} />
      </div>
      <div className="grid two">
        <ResponsibleAi ai={org.responsibleAi} unreviewed={result.data.unreviewed} />
        <Dependencies summary={org.dependencies} />
      </div>
    </>
  );
}

function mergeAlerts(recent, feed) {
  const seen = new Set();
  const merged = [];
  for (const a of [...feed.raised, ...recent]) {
    if (seen.has(a.id) || feed.cleared.has(a.id)) continue;
    seen.add(a.id);
    merged.push(a);
  }
  return merged;
}

function AlertKinds({ kinds, total }) {
  if (!kinds.length) return <p className="empty">No alerts.</p>;
  const max = Math.max(...kinds.map((k) => k.count));
  return (
    <ul className="bars" aria-label={`${total} alerts by kind`}>
      {[...kinds].sort((a, b) => b.count - a.count).map((k) => (
        <li key={k.kind}>
          <span className="bar-label">{label(k.kind)}</span>
          <span className="bar" aria-hidden="true"><span style={{ width: `${(100 * k.count) / max}%` }} /></span>
          <span className="bar-value" data-testid={`alerts-${k.kind}`}>{num(k.count)}</span>
        </li>
      ))}
    </ul>
  );
}

function Initiatives({ initiatives }) {
  const [shown, pager] = usePaged(initiatives, 10);
  return (
    <Section title="Initiatives ranked by WSJF">
      <p className="hint">WSJF = (business value + time criticality + risk reduction) ÷ job size; rank 1 first.</p>
      <Table caption="Initiatives ranked by WSJF" rowKey={(i) => i.id} rows={shown} empty="No initiatives."
        columns={[
          { title: 'Rank', numeric: true, render: (i) => i.rank },
          { title: 'Initiative', render: (i) => i.title },
          { title: 'WSJF', numeric: true, render: (i) => <strong>{num(i.wsjf)}</strong> },
          { title: 'Business value', numeric: true, render: (i) => i.businessValue },
          { title: 'Time criticality', numeric: true, render: (i) => i.timeCriticality },
          { title: 'Risk reduction', numeric: true, render: (i) => i.riskReduction },
          { title: 'Job size', numeric: true, render: (i) => i.jobSize },
          { title: 'Domains', render: (i) => <UnitList units={i.domains.map((d) => ({ ...d, __typename: 'Domain' }))} /> },
        ]} />
      {pager}
    </Section>
  );
}

function DomainHealthTable({ rows }) {
  const sorted = useMemo(() => [...rows].sort((a, b) => HEALTH_ORDER[a.health] - HEALTH_ORDER[b.health] || b.redPods - a.redPods
    || (a.domain?.name || '').localeCompare(b.domain?.name || '')), [rows]);
  const [shown, pager] = usePaged(sorted, 10);
  return (
    <Section title="Domain health">
      <p className="hint">Red first; {rows.length} domains.</p>
      <Table caption="Domain health" rowKey={(d) => d.domain?.key} rows={shown}
        columns={[
          { title: 'Domain', render: (d) => <UnitLink unit={d.domain && { ...d.domain, __typename: 'Domain' }} /> },
          { title: 'Health', render: (d) => <HealthBadge health={d.health} /> },
          { title: 'Pods', numeric: true, render: (d) => d.podCount },
          { title: 'Active', numeric: true, render: (d) => d.activePodCount },
          { title: 'Red pods', numeric: true, render: (d) => d.redPods },
          { title: 'Last experiment', render: (d) => date(d.lastHypothesisConcludedAt) },
        ]} />
      {pager}
    </Section>
  );
}

function FundingTable({ rows }) {
  const sorted = useMemo(() => [...rows].sort((a, b) => b.funding - a.funding), [rows]);
  const [shown, pager] = usePaged(sorted, 10);
  return (
    <Section title="Funding and talent per domain">
      <p className="hint">Value-stream funding and headcount target set by the steering group, beside the headcount in the domain’s pods.</p>
      <Table caption="Funding and talent per domain" rowKey={(d) => d.domain?.key} rows={shown}
        columns={[
          { title: 'Domain', render: (d) => <UnitLink unit={d.domain && { ...d.domain, __typename: 'Domain' }} /> },
          { title: 'Funding', numeric: true, render: (d) => money(d.funding) },
          { title: 'Talent target', numeric: true, render: (d) => num(d.talentTarget) },
          { title: 'Headcount', numeric: true, render: (d) => num(d.headcount) },
          { title: 'Gap', numeric: true, render: (d) => num(d.headcount - d.talentTarget) },
        ]} />
      {pager}
    </Section>
  );
}

function ResponsibleAi({ ai, unreviewed }) {
  const share = ai.deployedModels ? (100 * ai.withCurrentReview) / ai.deployedModels : null;
  return (
    <Section title="Responsible-AI compliance">
      <dl className="stats">
        <Stat label="Deployed models" value={num(ai.deployedModels)} />
        <Stat label="With a current review" value={num(ai.withCurrentReview)} hint={share === null ? null : `(${num(share)} %)`} />
        <Stat label="Without" value={<span data-testid="unreviewed-models">{num(ai.withoutCurrentReview)}</span>} />
      </dl>
      <div className="meter" role="meter" aria-label="Share of deployed models with a current review" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(share ?? 0)}>
        <span style={{ width: `${share ?? 0}%` }} />
      </div>
      <h3>Models awaiting review ({num(unreviewed.totalCount)})</h3>
      <ul className="plain">
        {unreviewed.nodes.map((a) => <li key={a.id}><UnitList units={a.units} />: {a.reason}</li>)}
      </ul>
    </Section>
  );
}

function Dependencies({ summary }) {
  if (!summary) return <Section title="Dependencies"><p className="empty">The dependency summary is not computed yet.</p></Section>;
  return (
    <Section title="Dependencies" actions={<Link to="/map">Open the dependency map</Link>}>
      <dl className="stats">
        <Stat label="Open" value={num(summary.open)} />
        <Stat label="Overdue" value={num(summary.overdue)} />
        <Stat label="Cycles" value={num(summary.cycles)} />
        <Stat label="Longest blocked chain" value={num(summary.longestBlockedChain)} />
      </dl>
      <h3>Top bottlenecks</h3>
      <Table caption="Units most others wait on" rowKey={(b) => b.unit?.id} rows={summary.topBottlenecks}
        columns={[
          { title: 'Unit', render: (b) => <UnitLink unit={b.unit} /> },
          { title: 'Open incoming', numeric: true, render: (b) => b.openIncoming },
          { title: 'Map', header: false, render: (b) => b.unit && <Link to={`/map${query({ unit: b.unit.id, direction: 'DOWNSTREAM' })}`} aria-label={`Map around ${b.unit.name}`}>Map</Link> },
        ]} />
    </Section>
  );
}
