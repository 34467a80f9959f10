// The map, the timeline and the list of one set of filters. The server clusters (a million incidents are
// never a million markers); provinces and countries are shaded as areas, since that is all the sources say.
import L from 'leaflet';
import uPlot from 'uplot';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { call, qs } from '../api.js';
import { clear, dateText, h, rangeText, TYPE_COLOUR, TYPE_LABEL } from '../dom.js';
import { filters, fromQuery, onFilters, setFilters, type Filters } from '../filters.js';

interface MapView {
  points: { lat: number; lon: number; count: number; killed: number; id: string | null; type: string | null }[];
  areas: { level: 'admin1' | 'country'; ref: string; country: string | null; name: string | null; count: number; killed: number }[];
  unplaced: number;
}

const countriesAt = new Map<Scale, Promise<GeoJSON.FeatureCollection>>();
const admin1Cache = new Map<string, Promise<GeoJSON.FeatureCollection | null>>();
let admin1Known: Promise<Record<string, number>> | null = null;

/**
 * Natural Earth's 1:110m countries for the world and continents, its 1:50m ones closer in. The 1:50m file
 * has ten times the vertices: drawn at zoom 2 or 3 it took most of a second of the first view for detail
 * smaller than a pixel.
 */
type Scale = '110m' | '50m';
const scaleFor = (zoom: number): Scale => (zoom <= 3 ? '110m' : '50m');

function countries(scale: Scale): Promise<GeoJSON.FeatureCollection> {
  if (!countriesAt.has(scale)) {
    const fc = fetch(`/basemap/countries-${scale}.json`)
      .then((r) => r.json())
      .then((topo: Topology) => feature(topo, topo.objects.countries!) as unknown as GeoJSON.FeatureCollection);
    countriesAt.set(scale, fc);
  }
  return countriesAt.get(scale)!;
}

function admin1Index(): Promise<Record<string, number>> {
  admin1Known ??= fetch('/basemap/admin1/index.json').then((r) => r.json());
  return admin1Known;
}

async function admin1Of(country: string): Promise<GeoJSON.FeatureCollection | null> {
  if (!(country in (await admin1Index()))) return null;
  if (!admin1Cache.has(country)) admin1Cache.set(country, fetch(`/basemap/admin1/${country}.json`).then((r) => (r.ok ? r.json() : null)));
  return admin1Cache.get(country)!;
}

function filterForm(): HTMLFormElement {
  const f = filters();
  const input = (name: keyof Filters, attrs: Record<string, string> = {}) => h('input', { name, value: f[name] ?? '', ...attrs });
  const select = (name: keyof Filters, options: [string, string][]) =>
    h('select', { name }, h('option', { value: '' }, 'any'), ...options.map(([v, label]) => h('option', { value: v, selected: f[name] === v }, label)));
  const form = h(
    'form',
    { class: 'filters', id: 'filters' },
    h('label', null, 'Search', input('q', { type: 'search', placeholder: 'words in the reports' })),
    h('label', null, 'From', input('from', { type: 'date' })),
    h('label', null, 'To', input('to', { type: 'date' })),
    h('label', null, 'Country', input('country', { size: '3', maxlength: '2', placeholder: 'SY' })),
    h('label', null, 'Type', select('type', Object.entries(TYPE_LABEL))),
    h('label', null, 'Grade', select('grade', ['confirmed', 'corroborated', 'contested', 'single-source'].map((g) => [g, g]))),
    h('label', null, 'Review', select('review', ['unreviewed', 'accepted', 'edited', 'rejected'].map((g) => [g, g]))),
    h('button', { type: 'submit' }, 'Apply'),
    h('button', { type: 'button', class: 'link', onclick: () => setFilters({}) }, 'Clear'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const next: Filters = {};
    for (const [k, v] of data.entries()) if (typeof v === 'string' && v.trim()) (next as Record<string, string>)[k] = k === 'country' ? v.trim().toUpperCase() : v.trim();
    setFilters(next);
  });
  return form;
}

function exportLinks(): HTMLElement {
  const q = qs({ ...filters() });
  return h(
    'span',
    { class: 'exports' },
    'Export: ',
    h('a', { href: `/api/export/csv${q}`, download: '' }, 'CSV'),
    ' · ',
    h('a', { href: `/api/export/geojson${q}`, download: '' }, 'GeoJSON'),
    ' · ',
    h('a', { href: `/api/export/jsonl${q}`, download: '' }, 'JSONL'),
  );
}

/** The last day of the bucket that starts on `start`. */
function bucketEnd(start: string, bucket: 'day' | 'week' | 'month'): string {
  const d = new Date(`${start}T00:00:00Z`);
  if (bucket === 'week') d.setUTCDate(d.getUTCDate() + 6);
  if (bucket === 'month') d.setUTCMonth(d.getUTCMonth() + 1, 0);
  return d.toISOString().slice(0, 10);
}

function bucketFor(f: Filters): 'day' | 'week' | 'month' {
  if (f.from && f.to) {
    const days = (Date.parse(f.to) - Date.parse(f.from)) / 86_400_000;
    return days <= 120 ? 'day' : days <= 1000 ? 'week' : 'month';
  }
  return 'month';
}

export async function mapPage(app: HTMLElement, params: URLSearchParams): Promise<() => void> {
  if ([...params.keys()].length > 0) setFilters(fromQuery(params), false);
  const mapEl = h('div', { id: 'map', class: 'map' });
  const timelineEl = h('div', { id: 'timeline', class: 'timeline' });
  const listEl = h('div', { id: 'list', class: 'list' });
  const statusEl = h('p', { class: 'status', id: 'map-status' });
  const head = h('div', { class: 'toolbar' }, filterForm(), exportLinks());
  app.append(head, h('div', { class: 'split' }, h('div', { class: 'left' }, mapEl, statusEl, timelineEl), listEl));

  const map = L.map(mapEl, { worldCopyJump: true, minZoom: 2, maxZoom: 16, attributionControl: true }).setView([25, 30], 2);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Boundaries: Natural Earth (public domain)');
  // The basemap is thousands of vertices drawn once: a canvas draws them far faster than SVG paths. Nor are
  // they clipped to the view: Leaflet clips each ring on every move, which took half a second of the first
  // view, while a canvas skips what falls outside it for nothing.
  const base = L.geoJSON(undefined, { style: { color: '#8a8a8a', weight: 1, fillColor: '#f2efe9', fillOpacity: 1, noClip: true }, interactive: false, renderer: L.canvas({ padding: 0.5 }) } as L.GeoJSONOptions).addTo(map);
  const provinces = L.layerGroup().addTo(map);
  const pins = L.layerGroup().addTo(map);
  // The basemap at the scale of the view, swapped when a zoom crosses from one scale to the other. The
  // first one is drawn once the view has moved to the record (drawn before, it would be drawn twice).
  let baseScale: Scale | null = null;
  function drawBasemap(): void {
    const scale = scaleFor(map.getZoom());
    if (scale === baseScale) return;
    baseScale = scale;
    void countries(scale).then((fc) => {
      if (removed || baseScale !== scale) return;
      base.clearLayers();
      base.addData(fc);
    });
  }
  void countries('110m');
  void admin1Index();
  const fitted = () => {
    map.on('zoomend', drawBasemap);
    drawBasemap();
  };

  let generation = 0;
  let removed = false;
  async function drawMap(): Promise<void> {
    const mine = ++generation;
    const b = map.getBounds();
    const west = Math.max(-180, b.getWest());
    const east = Math.min(180, b.getEast());
    const bbox = [west, Math.max(-90, b.getSouth()), east, Math.min(90, b.getNorth())].map((x) => x.toFixed(4)).join(',');
    // Zoomed out, the whole record is asked for (the server keeps that answer until the record changes, so
    // panning costs nothing); zoomed in, only the box in view.
    const zoom = map.getZoom();
    const view = await call<MapView>('GET', `/api/map${qs({ ...filters(), zoom, bbox: zoom <= 7 ? null : bbox })}`);
    if (mine !== generation || removed) return;
    drawnZoom = zoom;
    lastView = view;
    pins.clearLayers();
    provinces.clearLayers();
    for (const p of view.points) {
      const colour = p.type ? TYPE_COLOUR[p.type] ?? '#555' : '#555';
      if (p.count === 1 && p.id) {
        const m = L.circleMarker([p.lat, p.lon], { radius: 5 + 2 * Math.sqrt(p.killed), color: '#fff', weight: 1, fillColor: colour, fillOpacity: 0.85, className: 'pin' });
        m.bindTooltip(`${TYPE_LABEL[p.type ?? ''] ?? 'Incident'} · killed ${p.killed}`);
        m.on('click', () => (location.hash = `#/incident/${encodeURIComponent(p.id!)}`));
        m.addTo(pins);
      } else {
        const size = Math.round(24 + 6 * Math.log2(p.count));
        const label = h('span', null, String(p.count));
        const icon = L.divIcon({ html: label, className: 'cluster', iconSize: [size, size] });
        const m = L.marker([p.lat, p.lon], { icon, title: `${p.count} incidents, ${p.killed} killed` });
        m.on('click', () => map.setView([p.lat, p.lon], Math.min(16, map.getZoom() + 2)));
        m.addTo(pins);
      }
    }
    const countryOnly = view.areas.filter((a) => a.level === 'country');
    const total = view.points.reduce((n, p) => n + p.count, 0);
    statusEl.textContent =
      `${total} incident${total === 1 ? '' : 's'} pinned in view` +
      (view.areas.length ? `; ${view.areas.filter((a) => a.level === 'admin1').reduce((n, a) => n + a.count, 0)} placed only to a province (shaded)` : '') +
      (countryOnly.length ? `; only to a country: ${countryOnly.map((a) => `${a.ref} ${a.count}`).join(', ')}` : '') +
      (view.unplaced ? `; ${view.unplaced} with no place` : '');
    mapEl.dataset.points = String(view.points.length);
    // The provinces come after the pins, not before: their shapes are files of their own.
    void drawProvinces(view, mine);
  }

  async function drawProvinces(view: MapView, mine: number): Promise<void> {
    const byCountry = new Map<string, MapView['areas']>();
    for (const a of view.areas) if (a.level === 'admin1' && a.country) byCountry.set(a.country, [...(byCountry.get(a.country) ?? []), a]);
    const shapes = await Promise.all([...byCountry.keys()].map((country) => admin1Of(country)));
    if (mine !== generation || removed) return;
    [...byCountry.values()].forEach((areas, k) => {
      const fc = shapes[k];
      if (!fc) return;
      const max = Math.max(...areas.map((a) => a.count));
      for (const a of areas) {
        const shape = fc.features.find((f) => f.properties?.geonames === a.ref);
        if (!shape) continue;
        const layer = L.geoJSON(shape, { style: { color: '#7a3b00', weight: 1, dashArray: '4 3', fillColor: '#d55e00', fillOpacity: 0.1 + 0.35 * (a.count / max) }, className: 'province' } as L.GeoJSONOptions);
        layer.bindTooltip(`${a.name ?? a.ref}: ${a.count} incident${a.count > 1 ? 's' : ''} placed only to the province, ${a.killed} killed`);
        layer.addTo(provinces);
      }
    });
  }

  /**
   * The first view: the world, then the part of it where the record's incidents are (clusters holding at
   * least 0.5% of them, so one stray place abroad does not pull the view out to the whole world).
   */
  let lastView: MapView | null = null;
  function fitToRecord(): void {
    const pts = lastView?.points ?? [];
    const total = pts.reduce((n, p) => n + p.count, 0);
    const main = pts.filter((p) => p.count >= total * 0.005);
    if (main.length === 0) return;
    // Cluster centres at this zoom are averages of wide cells: the view stops at zoom 6 (a country) so the
    // incidents around a lone centre stay in sight.
    if (removed) return;
    map.fitBounds(L.latLngBounds(main.map((p) => [p.lat, p.lon] as [number, number])).pad(0.2), { padding: [30, 30], maxZoom: 6, animate: false });
  }

  let plot: uPlot | null = null;
  async function drawTimeline(): Promise<void> {
    const f = filters();
    const bucket = bucketFor(f);
    const t = await call<{ buckets: { bucket: string; incidents: number; killed: number }[]; undrawn: number }>('GET', `/api/timeline${qs({ ...f, bucket })}`);
    plot?.destroy();
    clear(timelineEl);
    const xs = t.buckets.map((b) => Date.parse(`${b.bucket}T00:00:00Z`) / 1000);
    const data: uPlot.AlignedData = [xs, t.buckets.map((b) => b.incidents), t.buckets.map((b) => b.killed)];
    const width = Math.max(300, timelineEl.clientWidth || 600);
    plot = new uPlot(
      {
        width,
        height: 160,
        legend: { show: true },
        cursor: { drag: { x: true, y: false, setScale: false } },
        scales: { x: { time: true }, killed: { auto: true } },
        axes: [{}, { label: 'incidents', size: 50 }, { scale: 'killed', side: 1, label: 'killed', grid: { show: false }, size: 50 }],
        series: [
          {},
          { label: `incidents per ${bucket}`, stroke: '#0072b2', fill: 'rgba(0,114,178,0.3)', paths: uPlot.paths.bars!({ size: [0.8, 40] }) },
          { label: 'killed', scale: 'killed', stroke: '#d55e00', width: 1.5 },
        ],
        hooks: {
          setSelect: [
            (u) => {
              if (u.select.width < 3 || xs.length === 0) return;
              // Whole buckets: from the start of the first one under the selection to the end of the last.
              const first = u.posToIdx(u.select.left);
              const last = u.posToIdx(u.select.left + u.select.width);
              const from = t.buckets[first]!.bucket;
              setFilters({ ...filters(), from, to: bucketEnd(t.buckets[last]!.bucket, bucket) });
            },
          ],
        },
      },
      data,
      timelineEl,
    );
    timelineEl.append(
      h(
        'p',
        { class: 'hint' },
        xs.length === 0 ? 'No incident dated in this range. ' : 'Drag across the timeline to keep only those dates. ',
        t.undrawn ? `${t.undrawn} incident${t.undrawn === 1 ? ' is' : 's are'} dated too loosely to draw per ${bucket}. ` : '',
        f.from || f.to ? h('button', { type: 'button', class: 'link', id: 'all-dates', onclick: () => setFilters({ ...filters(), from: undefined, to: undefined }) }, 'All dates') : null,
      ),
    );
  }

  async function drawList(): Promise<void> {
    const page = await call<{ incidents: any[]; next: string | null }>('GET', `/api/incidents${qs({ ...filters(), limit: 200 })}`);
    clear(listEl);
    listEl.append(h('h2', null, `Incidents${page.next ? ' (first 200)' : ` (${page.incidents.length})`}`));
    const ul = h('ul', { class: 'incidents' });
    for (const i of page.incidents) {
      ul.append(
        h(
          'li',
          { 'data-id': i.id },
          h('a', { href: `#/incident/${encodeURIComponent(i.id)}`, dir: 'auto' }, i.title ?? i.id),
          h(
            'div',
            { class: 'meta' },
            h('span', { class: `type t-${i.eventType ?? 'none'}` }, TYPE_LABEL[i.eventType] ?? 'type unknown'),
            ` ${dateText(i.date)} · ${i.place ? `${i.place.name}${i.place.country ? `, ${i.place.country}` : ''} (${i.place.precision})` : 'no place'} · killed ${rangeText(i.killed)} · `,
            h('span', { class: `grade g-${i.grade}` }, i.grade),
            ` · ${i.reviewStatus}`,
          ),
        ),
      );
    }
    listEl.append(ul);
  }

  const refresh = () => {
    history.replaceState(null, '', `#/map${qs({ ...filters() })}`);
    const bar = app.querySelector('.toolbar');
    if (bar) {
      clear(bar);
      bar.append(filterForm(), exportLinks());
    }
    void drawMap();
    void drawTimeline();
    void drawList();
  };
  let drawnZoom = -1;
  map.on('moveend', () => {
    // Below zoom 8 the whole record is drawn already: a pan needs nothing new.
    if (map.getZoom() <= 7 && drawnZoom === map.getZoom()) return;
    void drawMap();
  });
  const off = onFilters(refresh);
  await Promise.all([drawMap().then(fitToRecord).finally(() => fitted()), drawTimeline(), drawList()]);
  return () => {
    // Answers still on their way find the page gone and draw nothing; an animation in flight is stopped
    // before the map is taken apart (Leaflet fails on a map removed mid-zoom).
    removed = true;
    off();
    plot?.destroy();
    map.stop();
    map.off();
    map.remove();
  };
}
