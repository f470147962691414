// Entry point: hash router (#/, #/event/ID, #/sources) and the events view (filters, list,
// map, timeline), whose parts all read one filter state.
import { getJSON, setStatus } from "./api.js";
import { esc, typeColour, fmtActors, fmtPlace, TYPE_COLOURS } from "./util.js";
import { initMap, showEvents, invalidate } from "./map.js";
import { drawTimeline } from "./timeline.js";
import { renderEvent } from "./event.js";
import { renderSources } from "./sources.js";

const PAGE = 50;
const state = { type: "", country: "", q: "", since: null, until: null, offset: 0 };
let config = {};
let mapReady = null;
let lastWeeks = [];

function filterParams({ dates = true } = {}) {
  const p = { type: state.type, country: state.country, q: state.q };
  if (dates) { p.since = state.since; p.until = state.until; }
  return p;
}

async function refreshTimeline() {
  const tl = await getJSON("/api/timeline", filterParams({ dates: false }));
  lastWeeks = tl.weeks;
  drawTimeline(document.getElementById("timeline"), lastWeeks, state, onBrush);
}

async function refreshMap(fit) {
  await mapReady;
  const gj = await getJSON("/api/export.geojson", filterParams());
  showEvents(gj, { fit });
  document.body.dataset.mapMarkers = String(gj.features.filter((f) => f.geometry).length);
}

async function refreshList() {
  const res = await getJSON("/api/events", { ...filterParams(), limit: PAGE, offset: state.offset });
  const ol = document.getElementById("event-list");
  ol.innerHTML = res.events.map((e) => `
    <li data-event-id="${esc(e.event_id)}"><a href="#/event/${encodeURIComponent(e.event_id)}">
      <div class="row1"><span><span class="dot" style="background:${typeColour(e.event_type)}"></span>
        <span class="type">${esc(e.sub_event_type || e.event_type || "Event")}</span></span>
        <span>${esc(e.event_date || "undated")}</span></div>
      <div class="where">${esc(fmtPlace(e) || "Unknown place")}</div>
      <div class="who">${esc(fmtActors(e))}${e.fatalities ? ` · <b>${esc(e.fatalities)}</b> killed` : ""}
        · ${esc(e.reports)} report${e.reports === 1 ? "" : "s"}</div>
    </a></li>`).join("") || `<li class="empty">No events match these filters.</li>`;
  document.getElementById("list-count").textContent =
    `${res.total} event${res.total === 1 ? "" : "s"}`;
  const from = res.total ? res.offset + 1 : 0;
  const to = res.offset + res.events.length;
  document.getElementById("page-info").textContent = `${from}–${to} of ${res.total}`;
  document.getElementById("page-prev").disabled = res.offset <= 0;
  document.getElementById("page-next").disabled = to >= res.total;
}

async function refresh({ timeline = true, fit = true } = {}) {
  setStatus("");
  try {
    const jobs = [refreshList(), refreshMap(fit)];
    if (timeline) jobs.push(refreshTimeline());
    await Promise.all(jobs);
    const dr = document.getElementById("f-dates");
    dr.hidden = !(state.since && state.until);
    document.getElementById("f-dates-text").textContent =
      state.since ? `${state.since} to ${state.until}` : "";
  } catch (err) {
    setStatus(err.message);
  }
}

function onBrush(since, until) {
  state.since = since; state.until = until; state.offset = 0;
  refresh({ timeline: false, fit: false });
}

async function initEventsView() {
  const facets = await getJSON("/api/facets");
  const typeSel = document.getElementById("f-type");
  for (const t of facets.event_types) {
    typeSel.insertAdjacentHTML("beforeend",
      `<option value="${esc(t.name)}">${esc(t.name)} (${t.count})</option>`);
    for (const s of facets.sub_event_types.filter((x) => x.event_type === t.name)) {
      typeSel.insertAdjacentHTML("beforeend",
        `<option value="${esc(s.name)}">&nbsp;&nbsp;${esc(s.name)} (${s.count})</option>`);
    }
  }
  const cSel = document.getElementById("f-country");
  for (const c of facets.countries) {
    cSel.insertAdjacentHTML("beforeend", `<option value="${esc(c.name)}">${esc(c.name)} (${c.count})</option>`);
  }
  document.getElementById("legend").innerHTML = Object.entries(TYPE_COLOURS).map(([t, c]) =>
    `<span><span class="dot" style="background:${c}"></span>${esc(t)}</span>`).join("") +
    `<span>marker size: fatalities</span>`;

  const form = document.getElementById("filters");
  form.addEventListener("submit", (e) => e.preventDefault());
  typeSel.addEventListener("change", () => { state.type = typeSel.value; state.offset = 0; refresh(); });
  cSel.addEventListener("change", () => { state.country = cSel.value; state.offset = 0; refresh(); });
  let timer = null;
  const q = document.getElementById("f-q");
  q.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => { state.q = q.value.trim(); state.offset = 0; refresh(); }, 250);
  });
  document.getElementById("f-dates-clear").addEventListener("click", () => {
    state.since = state.until = null; state.offset = 0; refresh({ fit: false });
  });
  document.getElementById("page-prev").addEventListener("click", () => {
    state.offset = Math.max(0, state.offset - PAGE); refreshList();
  });
  document.getElementById("page-next").addEventListener("click", () => {
    state.offset += PAGE; refreshList();
  });
  window.addEventListener("resize", () => {
    drawTimeline(document.getElementById("timeline"), lastWeeks, state, onBrush);
  });
  mapReady = initMap(document.getElementById("map"), config);
  await refresh();
}

let eventsInitialised = false;

async function route() {
  const hash = window.location.hash || "#/";
  const views = { events: "view-events", event: "view-event", sources: "view-sources" };
  let name = "events";
  let arg = null;
  const m = hash.match(/^#\/event\/(.+)$/);
  if (m) { name = "event"; arg = decodeURIComponent(m[1]); }
  else if (hash.startsWith("#/sources")) name = "sources";
  for (const [k, id] of Object.entries(views)) document.getElementById(id).hidden = k !== name;
  document.querySelectorAll("[data-nav]").forEach((a) =>
    a.classList.toggle("active", a.dataset.nav === (name === "event" ? "events" : name)));
  setStatus("");
  document.body.dataset.ready = "0";
  try {
    if (name === "events") {
      if (!eventsInitialised) { eventsInitialised = true; await initEventsView(); }
      else { invalidate(); }
    } else if (name === "event") {
      await renderEvent(document.getElementById("view-event"), arg);
    } else {
      await renderSources(document.getElementById("view-sources"));
    }
  } catch (err) {
    setStatus(err.message);
  }
  document.body.dataset.view = name;
  document.body.dataset.ready = "1";
}

async function start() {
  try {
    config = await getJSON("/api/config");
  } catch (err) {
    config = {};
    setStatus(err.message);
  }
  // A tile server can be given per page load: ?tiles=https://tiles.example/{z}/{x}/{y}.png
  const tiles = new URLSearchParams(window.location.search).get("tiles");
  if (tiles) config.tiles = tiles;
  window.addEventListener("hashchange", route);
  await route();
}

start();
