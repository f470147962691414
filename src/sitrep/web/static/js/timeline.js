// Weekly timeline (SVG, d3): bars = events per week, line = fatalities per week.
// Brushing selects a date range; `onSelect(since, until)` receives ISO dates (or nulls).

const iso = (d) => d3.utcFormat("%Y-%m-%d")(d);

export function drawTimeline(svgEl, weeks, selection, onSelect) {
  const svg = d3.select(svgEl);
  svg.selectAll("*").remove();
  const width = svgEl.clientWidth || 800;
  const height = svgEl.clientHeight || 150;
  const m = { top: 8, right: 40, bottom: 22, left: 34 };
  if (!weeks.length) {
    svg.append("text").attr("x", 12).attr("y", 24).attr("fill", "#667085").text("No dated events.");
    return;
  }
  const data = weeks.map((w) => ({ start: new Date(w.week + "T00:00:00Z"), events: w.events, fatalities: w.fatalities }));
  // A few weeks of data still get a readable axis: pad the range to at least 12 weeks.
  const pad = Math.max(0, 12 - data.length);
  const first = d3.utcWeek.offset(data[0].start, -Math.floor(pad / 2));
  const last = d3.utcWeek.offset(data[data.length - 1].start, 1 + Math.ceil(pad / 2));
  const x = d3.scaleUtc().domain([first, last]).range([m.left, width - m.right]);
  const yE = d3.scaleLinear().domain([0, d3.max(data, (d) => d.events) || 1]).nice().range([height - m.bottom, m.top]);
  const yF = d3.scaleLinear().domain([0, d3.max(data, (d) => d.fatalities) || 1]).nice().range([height - m.bottom, m.top]);
  const barW = (d) => Math.max(1, x(d3.utcDay.offset(d.start, 7)) - x(d.start) - 1);

  svg.append("g").attr("class", "bars").selectAll("rect").data(data).join("rect")
    .attr("class", "bar").attr("x", (d) => x(d.start)).attr("width", barW)
    .attr("y", (d) => yE(d.events)).attr("height", (d) => yE(0) - yE(d.events))
    .append("title").text((d) => `week of ${iso(d.start)}: ${d.events} events, ${d.fatalities} fatalities`);
  const line = d3.line().x((d) => x(d.start) + barW(d) / 2).y((d) => yF(d.fatalities));
  svg.append("path").datum(data).attr("class", "fat").attr("d", line);

  svg.append("g").attr("class", "axis").attr("transform", `translate(0,${height - m.bottom})`)
    .call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(width / 110))).tickSizeOuter(0));
  svg.append("g").attr("class", "axis").attr("transform", `translate(${m.left},0)`)
    .call(d3.axisLeft(yE).ticks(Math.min(3, yE.domain()[1])).tickFormat(d3.format("d")));
  svg.append("g").attr("class", "axis").attr("transform", `translate(${width - m.right},0)`)
    .call(d3.axisRight(yF).ticks(Math.min(3, yF.domain()[1])).tickFormat(d3.format("d")));

  const brush = d3.brushX().extent([[m.left, m.top], [width - m.right, height - m.bottom]])
    .on("end", (event) => {
      if (!event.sourceEvent) return; // programmatic move
      if (!event.selection) { onSelect(null, null); return; }
      // Snap to whole weeks so that the selection matches the bars a user sees.
      const [a, b] = event.selection.map(x.invert);
      const since = d3.utcMonday.floor(a);
      const until = d3.utcDay.offset(d3.utcMonday.ceil(b), -1);
      onSelect(iso(since), iso(until < since ? since : until));
    });
  const g = svg.append("g").attr("class", "brush").call(brush);
  if (selection && selection.since && selection.until) {
    const s = new Date(selection.since + "T00:00:00Z");
    const u = d3.utcDay.offset(new Date(selection.until + "T00:00:00Z"), 1);
    g.call(brush.move, [Math.max(m.left, x(s)), Math.min(width - m.right, x(u))]);
  }
}
