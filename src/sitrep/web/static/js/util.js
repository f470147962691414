// Small shared helpers: escaping, colours per ACLED event type, number formatting.

export function esc(value) {
  return String(value ?? "").replace(/[&<>"']/g, (c) => (
    { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

// One colour per ACLED event type (colour-blind friendly palette, Okabe–Ito).
export const TYPE_COLOURS = {
  "Battles": "#D55E00",
  "Explosions/Remote violence": "#CC79A7",
  "Violence against civilians": "#B2182B",
  "Protests": "#0072B2",
  "Riots": "#E69F00",
  "Strategic developments": "#009E73",
};

export function typeColour(type) {
  return TYPE_COLOURS[type] || "#555555";
}

export function markerRadius(fatalities) {
  // Area grows with fatalities: radius ~ sqrt, with a floor so zero-fatality events show.
  return 5 + 2.2 * Math.sqrt(Math.max(0, fatalities || 0));
}

export function fmtActors(e) {
  return [e.actor1, e.actor2].filter(Boolean).join(" vs ");
}

export function fmtPlace(e) {
  return [e.location, e.admin1, e.country].filter(Boolean)
    .filter((v, i, a) => a.indexOf(v) === i).join(", ");
}
