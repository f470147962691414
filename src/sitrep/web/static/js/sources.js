// The sources page: who reports what (outlets and their events), who cites whom (outlet →
// cited source), and each outlet's vocabulary for the parties (framing lexicon counts).
import { getJSON } from "./api.js";
import { esc } from "./util.js";

export async function renderSources(el) {
  el.innerHTML = `<div class="empty">Loading sources…</div>`;
  const data = await getJSON("/api/sources");
  const outlets = data.outlets;
  const cited = data.sources;
  const groups = data.lexicon_groups;

  const outletRows = outlets.map((o) => `<tr data-outlet="${esc(o.name)}">
      <td><b>${esc(o.name)}</b></td><td>${o.reports}</td>
      <td>${o.events.map((id) => `<a href="#/event/${encodeURIComponent(id)}">${esc(id)}</a>`).join(", ") || "—"}</td>
      <td>${Object.entries(o.cites).map(([s, n]) => `<span class="tag">${esc(s)} ×${n}</span>`).join("") || "—"}</td>
    </tr>`).join("");

  const maxTerm = Math.max(1, ...outlets.flatMap((o) => Object.values(o.vocabulary).flatMap((g) => Object.values(g))));
  const vocabRows = outlets.map((o) => `<tr><td><b>${esc(o.name)}</b></td>${groups.map((g) => {
    const terms = Object.entries(o.vocabulary[g.name] || {}).sort((a, b) => b[1] - a[1]);
    return `<td><div class="vocab">${terms.map(([t, n]) =>
      `<span class="tag" title="${n} uses">${esc(t)} ${n}<span class="vbar" style="width:${Math.round(40 * n / maxTerm)}px"></span></span>`).join("") || "—"}</div></td>`;
  }).join("")}</tr>`).join("");

  const outletNames = outlets.map((o) => o.name);
  const citeRows = cited.map((s) => `<tr><td><b>${esc(s.name)}</b>${s.kind ? ` <span class="sub">${esc(s.kind)}</span>` : ""}</td>
      ${outletNames.map((o) => `<td>${s.cited_by[o] || ""}</td>`).join("")}<td>${s.events.length}</td></tr>`).join("");

  el.innerHTML = `
    <h1>Sources</h1>
    <div class="sub">${outlets.length} outlets · ${cited.length} cited sources</div>
    <h2>Who reports what</h2>
    <table class="grid" id="outlets"><thead><tr><th>Outlet</th><th>Reports</th><th>Events</th><th>Cites</th></tr></thead>
      <tbody>${outletRows || "<tr><td colspan=4 class='empty'>No documents.</td></tr>"}</tbody></table>
    <h2>Who cites whom <span class="sub">— reports of each outlet citing each source</span></h2>
    <table class="grid" id="citations"><thead><tr><th>Cited source</th>${outletNames.map((o) => `<th>${esc(o)}</th>`).join("")}<th>Events</th></tr></thead>
      <tbody>${citeRows || `<tr><td colspan=${outletNames.length + 2} class='empty'>No attributed claims.</td></tr>`}</tbody></table>
    <h2>How each outlet names the parties <span class="sub">— counts of framing terms in the outlet's articles</span></h2>
    <table class="grid" id="vocabulary"><thead><tr><th>Outlet</th>${groups.map((g) => `<th>${esc(g.label)}</th>`).join("")}</tr></thead>
      <tbody>${vocabRows}</tbody></table>`;
}
