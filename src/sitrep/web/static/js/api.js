// Thin client for the JSON API: every view goes through here so that errors are shown the
// same way (the API answers 4xx with {"error": ...}).

export async function getJSON(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== "") url.searchParams.set(k, v);
  }
  const resp = await fetch(url);
  let body = null;
  try { body = await resp.json(); } catch { /* not JSON */ }
  if (!resp.ok) {
    const msg = (body && (body.error || body.detail)) || `${resp.status} ${resp.statusText}`;
    throw new Error(typeof msg === "string" ? msg : JSON.stringify(msg));
  }
  return body;
}

export function setStatus(text) {
  const el = document.getElementById("status");
  if (el) el.textContent = text || "";
}
