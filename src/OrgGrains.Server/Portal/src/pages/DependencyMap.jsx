import { useEffect, useMemo, useRef, useState } from 'react';
import cytoscape from 'cytoscape';
import { gql } from '../api.js';
import { useQuery } from '../hooks.js';
import { Link, navigate, query } from '../router.jsx';
import {
  ApiErrorNotice, HealthBadge, Loading, PageTitle, Section, StatusBadge, Table, UnitLink,
  date, kindLabel, label, num, unitPath, usePaged,
} from '../components/common.jsx';

const UNIT = '__typename id ... on Unit { key name } ... on Pod { health lifecycle domain { key name } } ... on Domain { health }';

export const MAP = `query DependencyMap($id: ID!, $direction: DependencyDirection!, $depth: Int, $max: Int!) {
  dependencyGraph(unitId: $id, direction: $direction, depth: $depth, maxUnits: $max) {
    truncated direction
    root { ${UNIT} }
    units { ${UNIT} }
    dependencies { id key kind status neededBy createdAt consumer { id } provider { id } }
  }
  bottlenecks(top: 10) { openIncoming unit { id } }
}`;

const DEFAULT_UNIT = '{ bottlenecks(top: 1) { unit { id } } }';

export const LIMITS = [50, 150, 300];
const DEPTHS = ['1', '2', '3', '4', 'all'];

export const STATUS_COLOURS = {
  REQUESTED: '#5f6b7a', ACCEPTED: '#1f5fa8', IN_PROGRESS: '#0f7b6c', BLOCKED: '#b3261e', DELIVERED: '#2d7a3a', CANCELLED: '#999999',
};
const HEALTH_COLOURS = { GREEN: '#cfe9d4', AMBER: '#fbe3b0', RED: '#f6c5c5' };
const KIND_SHAPES = { Pod: 'ellipse', Domain: 'round-rectangle', CapabilityNetwork: 'diamond', InnovationLab: 'hexagon', Organisation: 'star', Person: 'triangle' };

/** Strongly connected components (Tarjan) of the drawn graph: those of more than one unit are cycles. */
export function cyclesOf(nodeIds, edges) {
  const out = new Map(nodeIds.map((id) => [id, []]));
  edges.forEach((e) => out.get(e.from)?.push(e.to));
  let index = 0;
  const indices = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  const visit = (start) => {
    // Iterative, so a long chain cannot overflow the call stack.
    const work = [[start, 0]];
    indices.set(start, index); low.set(start, index); index++; stack.push(start); onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1];
      const [v, i] = frame;
      const next = out.get(v) || [];
      if (i < next.length) {
        frame[1]++;
        const w = next[i];
        if (!indices.has(w)) {
          indices.set(w, index); low.set(w, index); index++; stack.push(w); onStack.add(w);
          work.push([w, 0]);
        } else if (onStack.has(w)) {
          low.set(v, Math.min(low.get(v), indices.get(w)));
        }
      } else {
        work.pop();
        if (work.length) {
          const parent = work[work.length - 1][0];
          low.set(parent, Math.min(low.get(parent), low.get(v)));
        }
        if (low.get(v) === indices.get(v)) {
          const component = [];
          let w;
          do {
            w = stack.pop();
            onStack.delete(w);
            component.push(w);
          } while (w !== v);
          if (component.length > 1) components.push(component);
        }
      }
    }
  };
  nodeIds.forEach((id) => { if (!indices.has(id)) visit(id); });
  return components;
}

function parse(search) {
  const depth = search.get('depth') ?? '2';
  const max = Number(search.get('max') ?? 150);
  return {
    unit: search.get('unit') || null,
    direction: search.get('direction') === 'UPSTREAM' ? 'UPSTREAM' : 'DOWNSTREAM',
    depth: DEPTHS.includes(depth) ? depth : '2',
    max: LIMITS.includes(max) ? max : 150,
  };
}

function mapPath(settings) {
  return `/map${query({ unit: settings.unit, direction: settings.direction, depth: settings.depth, max: settings.max })}`;
}

export default function DependencyMapPage({ search }) {
  const settings = parse(search);
  useEffect(() => { document.title = 'Dependency map · OrgGrains portal'; }, []);
  const fallback = useQuery(DEFAULT_UNIT, {}, { skip: Boolean(settings.unit) });
  const unit = settings.unit || fallback.data?.bottlenecks?.[0]?.unit?.id || null;
  const variables = { id: unit, direction: settings.direction, depth: settings.depth === 'all' ? null : Number(settings.depth), max: settings.max };
  const result = useQuery(MAP, variables, { skip: !unit });

  return (
    <>
      <PageTitle kicker="Dependencies">Dependency map</PageTitle>
      <p className="lead">The open dependencies around one unit: arrows point from the consumer to the provider it waits on.
        The map draws at most the {settings.max} nearest units; cycles and bottlenecks are highlighted.</p>
      <Controls settings={{ ...settings, unit }} />
      {fallback.error && <ApiErrorNotice error={fallback.error} onRetry={fallback.reload} />}
      {!unit && fallback.data && <p className="empty">There are no open dependencies to map.</p>}
      {unit && result.error && <ApiErrorNotice error={result.error} onRetry={result.reload} />}
      {unit && !result.error && !result.data && <Loading what="the dependency graph" />}
      {result.data && <GraphView data={result.data} settings={{ ...settings, unit }} />}
    </>
  );
}

function Controls({ settings }) {
  const change = (patch) => navigate(mapPath({ ...settings, ...patch }));
  return (
    <Section title="What to draw">
      <div className="filters">
        <label>Direction
          <select value={settings.direction} onChange={(e) => change({ direction: e.target.value })}>
            <option value="UPSTREAM">Upstream: what it depends on</option>
            <option value="DOWNSTREAM">Downstream: what depends on it</option>
          </select>
        </label>
        <label>Depth (hops)
          <select value={settings.depth} onChange={(e) => change({ depth: e.target.value })}>
            {DEPTHS.map((d) => <option key={d} value={d}>{d === 'all' ? 'All' : d}</option>)}
          </select>
        </label>
        <label>Draw at most
          <select value={settings.max} onChange={(e) => change({ max: Number(e.target.value) })}>
            {LIMITS.map((m) => <option key={m} value={m}>{m} units</option>)}
          </select>
        </label>
      </div>
      <UnitSearch onPick={(id) => change({ unit: id })} />
    </Section>
  );
}

const SEARCHES = {
  Pod: 'query($q: String) { found: pods(nameContains: $q, first: 8) { nodes { id key name } } }',
  Domain: 'query($q: String) { found: domains(nameContains: $q, first: 8) { nodes { id key name } } }',
  CapabilityNetwork: 'query($q: String) { found: capabilityNetworks(nameContains: $q, first: 8) { nodes { id key name } } }',
  InnovationLab: 'query($q: String) { found: innovationLabs(nameContains: $q, first: 8) { nodes { id key name } } }',
};

function UnitSearch({ onPick }) {
  const [kind, setKind] = useState('Pod');
  const [text, setText] = useState('');
  const [state, setState] = useState({ found: null, error: null });
  return (
    <>
      <form className="filters" role="search" aria-label="Find a unit to map" onSubmit={async (event) => {
        event.preventDefault();
        try {
          const data = await gql(SEARCHES[kind], { q: text || null });
          setState({ found: data.found.nodes, error: null });
        } catch (error) {
          setState({ found: null, error });
        }
      }}>
        <label>Centre on a
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            {Object.keys(SEARCHES).map((k) => <option key={k} value={k}>{kindLabel[k]}</option>)}
          </select>
        </label>
        <label>Name contains
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <button type="submit">Find</button>
      </form>
      <ApiErrorNotice error={state.error} />
      {state.found && (
        <ul className="plain" aria-label="Units found">
          {state.found.length === 0 && <li className="empty">Nothing found.</li>}
          {state.found.map((u) => (
            <li key={u.id}><button type="button" className="link-button" onClick={() => { onPick(u.id); setState({ found: null, error: null }); }}>Map around {u.name}</button></li>
          ))}
        </ul>
      )}
    </>
  );
}

function GraphView({ data, settings }) {
  const graph = data.dependencyGraph;
  const model = useMemo(() => {
    if (!graph) return null;
    const units = [graph.root, ...graph.units].filter(Boolean);
    const ids = units.map((u) => u.id);
    const drawn = new Set(ids);
    const edges = graph.dependencies.filter((d) => d.consumer && d.provider && drawn.has(d.consumer.id) && drawn.has(d.provider.id))
      .map((d) => ({ ...d, from: d.consumer.id, to: d.provider.id, overdue: Boolean(d.neededBy && new Date(d.neededBy) < new Date()) }));
    const cycles = cyclesOf(ids, edges);
    const inCycle = new Map();
    cycles.forEach((c, i) => c.forEach((id) => inCycle.set(id, i)));
    const cycleEdges = new Set(edges.filter((e) => inCycle.has(e.from) && inCycle.get(e.from) === inCycle.get(e.to)).map((e) => e.id));
    const incoming = new Map(ids.map((id) => [id, 0]));
    edges.forEach((e) => incoming.set(e.to, (incoming.get(e.to) || 0) + 1));
    const bottlenecks = new Map(data.bottlenecks.filter((b) => b.unit).map((b) => [b.unit.id, b.openIncoming]));
    return { units, edges, cycles, inCycle, cycleEdges, incoming, bottlenecks };
  }, [graph, data.bottlenecks]);

  if (!graph) return <p className="empty">That unit is not in the dependency graph.</p>;
  const root = graph.root;
  return (
    <>
      <div className="card-head">
        <h2>{settings.direction === 'UPSTREAM' ? 'What ' : 'Who depends on '}<UnitLink unit={root} />{settings.direction === 'UPSTREAM' ? ' depends on' : ''}</h2>
      </div>
      <p data-testid="map-summary" aria-live="polite">
        {num(model.units.length - 1)} units and {num(model.edges.length)} dependencies drawn; {model.cycles.length} cycle{model.cycles.length === 1 ? '' : 's'}
        ; {model.units.filter((u) => model.bottlenecks.has(u.id)).length} of the organisation’s top bottlenecks.
      </p>
      {graph.truncated && (
        <p className="notice notice-warn" role="status" data-testid="map-truncated">
          More units lie within this depth than the map draws: it shows the {settings.max} nearest.{' '}
          {settings.max < LIMITS[LIMITS.length - 1]
            ? <><Link to={mapPath({ ...settings, max: LIMITS[LIMITS.indexOf(settings.max) + 1] })}>Draw up to {LIMITS[LIMITS.indexOf(settings.max) + 1]}</Link> or choose a smaller depth.</>
            : 'Choose a smaller depth, or centre the map on one of them.'}
        </p>
      )}
      <div className="map-layout">
        <Canvas model={model} root={root} settings={settings} />
        <Legend />
      </div>
      <UnitsTable model={model} root={root} settings={settings} />
      <Section title={`Dependencies drawn (${model.edges.length})`}>
        <details>
          <summary>Show the dependencies as a table</summary>
          <EdgesTable model={model} />
        </details>
      </Section>
    </>
  );
}

function Canvas({ model, root, settings }) {
  const box = useRef(null);
  const [selected, setSelected] = useState(null);
  useEffect(() => {
    if (!box.current) return undefined;
    const elements = [
      ...model.units.map((u) => ({
        data: { id: u.id, label: u.name || u.key, kind: u.__typename, health: u.health },
        classes: [
          u.id === root.id ? 'root' : '',
          model.inCycle.has(u.id) ? 'cycle' : '',
          model.bottlenecks.has(u.id) ? 'bottleneck' : '',
        ].join(' '),
      })),
      ...model.edges.map((e) => ({
        data: { id: `e-${e.id}`, source: e.from, target: e.to, status: e.status },
        classes: [model.cycleEdges.has(e.id) ? 'cycle' : '', e.overdue ? 'overdue' : ''].join(' '),
      })),
    ];
    const big = model.units.length > 120;
    const cy = cytoscape({
      container: box.current,
      elements,
      minZoom: 0.1,
      maxZoom: 3,
      wheelSensitivity: 0.3,
      textureOnViewport: big,
      hideEdgesOnViewport: big,
      style: [
        { selector: 'node', style: {
          label: 'data(label)', 'font-size': big ? 8 : 10, color: '#1b1f24', 'text-valign': 'bottom', 'text-margin-y': 3,
          'text-wrap': 'ellipsis', 'text-max-width': 110, width: 22, height: 22,
          // On a crowded map, names appear as you zoom in (the tables list them all); cytoscape
          // compares with the font size at the zoom's next power of two.
          'min-zoomed-font-size': big ? 20 : 0,
          'background-color': (n) => HEALTH_COLOURS[n.data('health')] || '#dde3ea',
          shape: (n) => KIND_SHAPES[n.data('kind')] || 'ellipse', 'border-width': 1.5, 'border-color': '#3a434e',
        } },
        { selector: 'node.root', style: { width: 34, height: 34, 'border-width': 4, 'border-color': '#14263d', 'font-weight': 700, 'font-size': 12, 'min-zoomed-font-size': 0, 'z-index': 20 } },
        { selector: 'node.bottleneck', style: { 'border-width': 4, 'border-color': '#6b3fa0', 'border-style': 'double' } },
        { selector: 'node.cycle', style: { 'border-color': '#b3261e', 'border-width': 3, 'border-style': 'dashed' } },
        { selector: 'node:selected', style: { 'overlay-color': '#ffb000', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
        { selector: 'edge', style: {
          width: 1.6, 'curve-style': big ? 'haystack' : 'bezier', 'target-arrow-shape': big ? 'none' : 'triangle',
          'line-color': (e) => STATUS_COLOURS[e.data('status')] || '#888', 'target-arrow-color': (e) => STATUS_COLOURS[e.data('status')] || '#888',
          'arrow-scale': 0.9,
        } },
        { selector: 'edge.overdue', style: { 'line-style': 'dashed' } },
        { selector: 'edge.cycle', style: { width: 3.5, 'line-color': '#b3261e', 'target-arrow-color': '#b3261e', 'z-index': 10 } },
      ],
      layout: { name: 'breadthfirst', roots: [root.id], directed: false, spacingFactor: big ? 0.9 : 1.1, avoidOverlap: true, animate: false, circle: model.units.length > 60 },
    });
    cy.on('tap', 'node', (event) => setSelected(event.target.id()));
    cy.on('tap', (event) => { if (event.target === cy) setSelected(null); });
    box.current.dataset.drawnNodes = String(cy.nodes().length);
    box.current.dataset.drawnEdges = String(cy.edges().length);
    return () => cy.destroy();
  }, [model, root.id]);

  const unit = selected && model.units.find((u) => u.id === selected);
  return (
    <div>
      <div ref={box} className="map-canvas" data-testid="map-canvas" role="img"
        aria-label={`Dependency map of ${model.units.length} units and ${model.edges.length} dependencies around ${root.name}; the tables below list them.`} />
      {unit && (
        <div className="card" role="region" aria-label="Selected unit" data-testid="map-selected">
          <strong>{unit.name}</strong> <span className="hint">{kindLabel[unit.__typename]}</span>{' '}
          {unit.health && <HealthBadge health={unit.health} />}{' '}
          {unitPath(unit) && <Link to={unitPath(unit)}>Open</Link>}{' · '}
          <Link to={mapPath({ ...settings, unit: unit.id })}>Centre the map here</Link>
        </div>
      )}
    </div>
  );
}

function Legend() {
  return (
    <Section title="Legend">
      <ul className="legend">
        {Object.entries(STATUS_COLOURS).filter(([s]) => !['DELIVERED', 'CANCELLED'].includes(s)).map(([status, colour]) => (
          <li key={status}><span className="swatch" style={{ borderColor: colour }} aria-hidden="true" /> {label(status)}</li>
        ))}
        <li><span className="swatch dashed" style={{ borderColor: '#5f6b7a' }} aria-hidden="true" /> Overdue (dashed)</li>
        <li><span className="swatch" style={{ borderColor: '#b3261e', borderTopWidth: 5 }} aria-hidden="true" /> In a cycle (thick red)</li>
        <li><span className="dot" style={{ borderColor: '#6b3fa0', borderStyle: 'double', borderWidth: 4 }} aria-hidden="true" /> Top-10 bottleneck</li>
        <li><span className="dot" style={{ borderColor: '#b3261e', borderStyle: 'dashed' }} aria-hidden="true" /> Unit in a cycle</li>
        <li><span className="dot" style={{ background: HEALTH_COLOURS.GREEN }} aria-hidden="true" /> Green · <span className="dot" style={{ background: HEALTH_COLOURS.AMBER }} aria-hidden="true" /> Amber · <span className="dot" style={{ background: HEALTH_COLOURS.RED }} aria-hidden="true" /> Red</li>
        <li>Shapes: pod ●, domain ▢, network ◆, lab ⬢, steering group ★</li>
      </ul>
      <p className="hint">Drag to pan, scroll to zoom, click a unit for its links.</p>
    </Section>
  );
}

function UnitsTable({ model, root, settings }) {
  const rows = useMemo(() => [...model.units].sort((a, b) => (a.id === root.id ? -1 : b.id === root.id ? 1 : 0)
    || (model.bottlenecks.get(b.id) || 0) - (model.bottlenecks.get(a.id) || 0)
    || (model.incoming.get(b.id) || 0) - (model.incoming.get(a.id) || 0)), [model, root.id]);
  const [shown, pager] = usePaged(rows, 15);
  return (
    <Section title={`Units drawn (${model.units.length})`}>
      <Table caption="Units on the map" rowKey={(u) => u.id} rows={shown}
        columns={[
          { title: 'Unit', render: (u) => <><UnitLink unit={u} />{u.id === root.id && <strong> (centre)</strong>}</> },
          { title: 'Kind', render: (u) => kindLabel[u.__typename] },
          { title: 'Health', render: (u) => <HealthBadge health={u.health} /> },
          { title: 'Waited on by (drawn)', numeric: true, render: (u) => model.incoming.get(u.id) || 0 },
          { title: 'Bottleneck', render: (u) => (model.bottlenecks.has(u.id) ? `Top 10 (${model.bottlenecks.get(u.id)} open incoming)` : '–') },
          { title: 'In a cycle', render: (u) => (model.inCycle.has(u.id) ? `Cycle ${model.inCycle.get(u.id) + 1}` : '–') },
          { title: 'Map', header: false, render: (u) => (u.id === root.id ? '–' : <Link to={mapPath({ ...settings, unit: u.id })} aria-label={`Centre here: ${u.name}`}>Centre here</Link>) },
        ]} />
      {pager}
    </Section>
  );
}

function EdgesTable({ model }) {
  const byId = new Map(model.units.map((u) => [u.id, u]));
  const [shown, pager] = usePaged(model.edges, 25);
  return (
    <>
      <Table caption="Dependencies on the map" rowKey={(e) => e.id} rows={shown}
        rowClass={(e) => (e.overdue ? 'over' : undefined)}
        columns={[
          { title: 'Dependency', render: (e) => e.key },
          { title: 'Consumer', render: (e) => <UnitLink unit={byId.get(e.from)} /> },
          { title: 'Provider', render: (e) => <UnitLink unit={byId.get(e.to)} /> },
          { title: 'Kind', render: (e) => label(e.kind) },
          { title: 'Status', render: (e) => <StatusBadge status={e.status} /> },
          { title: 'Needed by', render: (e) => <>{date(e.neededBy)}{e.overdue && <strong> (overdue)</strong>}</> },
          { title: 'In a cycle', render: (e) => (model.cycleEdges.has(e.id) ? 'Yes' : 'No') },
        ]} />
      {pager}
    </>
  );
}
