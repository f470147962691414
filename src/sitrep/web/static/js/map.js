// The event map: Leaflet with offline country outlines (Natural Earth via world-atlas TopoJSON,
// served from the package) and an optional tile layer for users who are online.
import { esc, typeColour, markerRadius, fmtPlace } from "./util.js";

let map = null;
let markers = null;

export async function initMap(el, config) {
  map = L.map(el, { worldCopyJump: true, preferCanvas: false, attributionControl: true })
    .setView([20, 20], 2);
  if (config.tiles) {
    L.tileLayer(config.tiles, { maxZoom: 18, attribution: config.tiles_attribution || "" }).addTo(map);
  }
  // Coarse outlines (1:110m) first; the finer 1:50m set replaces them once zoomed in.
  const style = {
    color: "#8a99ad", weight: 0.7, fillColor: config.tiles ? "transparent" : "#f4f1ea",
    fillOpacity: config.tiles ? 0 : 1,
  };
  let outlines = null;
  const loadOutlines = async (scale) => {
    try {
      const resp = await fetch(`/static/vendor/world-atlas/countries-${scale}.json`);
      const topo = await resp.json();
      const layer = L.geoJSON(topojson.feature(topo, topo.objects.countries),
        { interactive: false, style });
      if (outlines) map.removeLayer(outlines);
      outlines = layer.addTo(map);
      outlines.bringToBack();
    } catch (err) {
      console.error("country outlines failed to load", err);
    }
  };
  await loadOutlines("110m");
  map.attributionControl.addAttribution("Outlines: Natural Earth");
  let fine = false;
  map.on("zoomend", () => {
    if (!fine && map.getZoom() >= 5) { fine = true; loadOutlines("50m"); }
  });
  markers = L.layerGroup().addTo(map);
  return map;
}

export function showEvents(geojson, { fit = true } = {}) {
  if (!map) return;
  markers.clearLayers();
  const bounds = [];
  for (const f of geojson.features) {
    if (!f.geometry) continue;
    const [lon, lat] = f.geometry.coordinates;
    const p = f.properties;
    const m = L.circleMarker([lat, lon], {
      radius: markerRadius(p.fatalities),
      color: "#222", weight: 0.8, fillColor: typeColour(p.event_type), fillOpacity: 0.8,
      className: "event-marker",
    });
    m.bindPopup(
      `<b>${esc(p.event_type || "")}</b>${p.sub_event_type ? " · " + esc(p.sub_event_type) : ""}<br>` +
      `${esc(p.event_date || "")} — ${esc(fmtPlace(p))}<br>` +
      `Fatalities: ${esc(p.fatalities ?? 0)}<br>` +
      `<a href="#/event/${encodeURIComponent(p.event_id)}">Open event</a>`);
    m.addTo(markers);
    bounds.push([lat, lon]);
  }
  if (fit && bounds.length) {
    map.fitBounds(bounds, { padding: [40, 40], maxZoom: 6, animate: false });
  }
}

export function invalidate() {
  if (map) map.invalidateSize();
}
