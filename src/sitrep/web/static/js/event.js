// The event page: reconciled fields, grade, contradictions, corrections, and every report
// side by side with the sentences behind each value highlighted in the article text.
import { getJSON } from "./api.js";
import { esc, typeColour } from "./util.js";

const FIELDS = [
  ["event_date", "Date"], ["event_type", "Event type"], ["sub_event_type", "Sub-event type"],
  ["actor1", "Actor 1"], ["assoc_actor_1", "Associated actor 1"], ["actor2", "Actor 2"],
  ["assoc_actor_2", "Associated actor 2"], ["country", "Country"], ["admin1", "Admin 1"],
  ["admin2", "Admin 2"], ["location", "Location"], ["latitude", "Latitude"],
  ["longitude", "Longitude"], ["geo_precision", "Geo precision"],
  ["regions", "Provinces (multi-region event)"],
  ["time_precision", "Time precision"], ["fatalities", "Fatalities (ACLED)"],
];

function fmtValue(v) {
  if (v === null || v === undefined || v === "") return "—";
  if (Array.isArray(v)) return v.length ? v.join(", ") : "—";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

function fatalityRange(e) {
  const parts = [e.fatalities_low, e.fatalities_best, e.fatalities_high];
  if (parts.every((x) => x === null || x === undefined)) return null;
  return parts.map((x) => (x ?? "?")).join(" / ");
}

// Render `text` with <mark> elements for the given intervals. Intervals may overlap: the text
// is cut at every boundary and each piece carries the classes of the intervals covering it.
export function highlight(text, marks) {
  const cuts = new Set([0, text.length]);
  for (const mk of marks) { cuts.add(Math.max(0, Math.min(text.length, mk.start))); cuts.add(Math.max(0, Math.min(text.length, mk.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  let html = "";
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]; const b = points[i + 1];
    const piece = esc(text.slice(a, b));
    const covering = marks.filter((mk) => mk.start <= a && b <= mk.end);
    if (!covering.length) { html += piece; continue; }
    const isVal = covering.some((mk) => mk.kind === "val");
    const labels = [...new Set(covering.filter((mk) => mk.kind === "val").map((mk) => mk.label))];
    html += `<mark class="${isVal ? "val" : "sent"}"${labels.length ? ` title="${esc(labels.join(", "))}" data-fields="${esc(labels.join(" "))}"` : ""}>${piece}</mark>`;
  }
  return html;
}

function marksFor(ev, docId) {
  const marks = [];
  const add = (label, e) => {
    if (!e || e.doc_id !== docId) return;
    if (e.sentence_start !== null && e.sentence_start !== undefined && e.sentence_end !== null && e.sentence_end !== undefined) {
      marks.push({ start: e.sentence_start, end: e.sentence_end, kind: "sent", label });
    }
    marks.push({ start: e.start, end: e.end, kind: "val", label });
  };
  for (const [field, list] of Object.entries(ev.evidence || {})) for (const e of list) add(field, e);
  for (const c of ev.claims || []) if (c.evidence) add("claim", c.evidence);
  return marks;
}

export async function renderEvent(el, id) {
  el.innerHTML = `<div class="empty">Loading event ${esc(id)}…</div>`;
  let ev;
  try {
    ev = await getJSON(`/api/events/${encodeURIComponent(id)}`);
  } catch (err) {
    el.innerHTML = `<p><a href="#/">← All events</a></p><div class="error">${esc(err.message)}</div>`;
    return;
  }
  const e = ev.event;
  const cited = new Set(Object.keys(ev.evidence || {}));
  const rows = FIELDS.map(([k, label]) =>
    `<tr><th>${esc(label)}</th><td${cited.has(k) ? ` class="cited" title="highlighted in the reports below"` : ""}>${esc(fmtValue(e[k]))}</td></tr>`).join("");
  const range = fatalityRange(e);
  const contra = (ev.contradictions || []).map((c) => `<li><span class="field">${esc(c.field)}</span>: ${
    (c.values || []).map((v) => {
      const src = (v.sources || []).join(", ");
      const out = (v.outlets || []).join(", ");
      const who = src && out && src !== out ? `${src} (${out})` : src || out;
      return `<span class="tag">${esc(fmtValue(v.value))}${who ? " — " + esc(who) : ""}</span>`;
    }).join(" ")
  }${c.note ? ` <span class="sub">${esc(c.note)}</span>` : ""}</li>`).join("");
  const corr = (ev.corrections || []).map((c) => `<li><b>${esc(c.field)}</b>: ${esc(fmtValue(c.old_value))} → ${esc(fmtValue(c.new_value))}
    ${c.note ? `<span class="sub">(${esc(c.note)})</span>` : ""} <span class="sub">${esc(c.author || "")} ${esc(c.created_at || "")}</span></li>`).join("");

  el.innerHTML = `
    <p><a href="#/">← All events</a></p>
    <h1><span class="dot" style="background:${typeColour(e.event_type)}"></span>${esc(e.sub_event_type || e.event_type || "Event")} — ${esc(e.location || e.country || "")}</h1>
    <div class="sub">${esc(e.event_date || "undated")} · event ${esc(e.event_id)} · ${ev.reports.length} report${ev.reports.length === 1 ? "" : "s"}</div>
    <div class="topgrid">
      <div class="card"><table class="fields" id="event-fields">${rows}
        ${range ? `<tr><th>Fatalities low / best / high</th><td>${esc(range)}</td></tr>` : ""}
        <tr><th>Grade</th><td><span class="grade" id="event-grade">${esc(fmtValue(e.grade))}</span></td></tr>
      </table></div>
      <div>
        <div class="card"><b>Notes</b><p>${esc(e.notes || "—")}</p></div>
        <h2>Contradictions</h2>
        <div class="card"><ul class="contra" id="contradictions">${contra || "<li class='sub'>The reports agree on every field.</li>"}</ul></div>
        <h2>Corrections</h2>
        <div class="card"><ul id="corrections">${corr || "<li class='sub'>None.</li>"}</ul></div>
      </div>
    </div>
    <h2>Reports side by side <span class="sub">— <mark class="sent">sentence</mark> behind a value, <mark class="val">the value itself</mark></span></h2>
    <div class="reports" id="reports"></div>`;

  const box = el.querySelector("#reports");
  const docs = await Promise.all(ev.reports.map((r) =>
    getJSON(`/api/documents/${encodeURIComponent(r.id)}`).catch((err) => ({ id: r.id, error: err.message }))));
  box.innerHTML = docs.map((d) => {
    if (d.error) return `<div class="card report"><div class="error">${esc(d.id)}: ${esc(d.error)}</div></div>`;
    const claims = (ev.claims || []).filter((c) => c.doc_id === d.id);
    const claimHtml = claims.map((c) => `<div class="claim">
        ${c.source ? `cites <b>${esc(c.source)}</b> · ` : ""}${esc(c.modality || "reported")}
        ${Object.entries(c.values || {}).map(([k, v]) => `<span class="tag">${esc(k)}: ${esc(fmtValue(v))}</span>`).join("")}
      </div>`).join("");
    const marks = marksFor(ev, d.id);
    return `<article class="card report" data-doc-id="${esc(d.id)}">
      <h3>${esc(d.title || d.id)}</h3>
      <div class="meta">${esc(d.outlet || "unknown outlet")} · ${esc(d.published || "undated")}
        ${d.url ? ` · <a href="${esc(d.url)}" rel="noopener noreferrer" target="_blank">original</a>` : ""}</div>
      ${claimHtml}
      <div class="text">${highlight(d.text || "", marks)}</div>
    </article>`;
  }).join("") || `<div class="empty">No reports stored for this event.</div>`;
}
