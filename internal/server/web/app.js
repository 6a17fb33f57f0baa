// dateline web page. Plain JavaScript, no build step, no third-party code.
// Every string that comes from an article (titles, sentences, sources,
// speakers, URLs) is put into the page as text (textContent, text nodes or
// attribute values), never parsed as HTML: this file never assigns
// innerHTML, outerHTML or insertAdjacentHTML, and never calls
// document.write.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const SVG = "http://www.w3.org/2000/svg";

  // el builds an element. attrs are set with setAttribute (values are
  // strings, never markup); children are nodes or strings (text nodes).
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    setAttrs(e, attrs);
    append(e, children);
    return e;
  }
  function svg(tag, attrs, ...children) {
    const e = document.createElementNS(SVG, tag);
    setAttrs(e, attrs);
    append(e, children);
    return e;
  }
  function setAttrs(e, attrs) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") e.setAttribute("class", v);
      else if (k === "text") e.textContent = String(v);
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, String(v));
    }
  }
  function append(e, children) {
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
  }

  // safeURL returns u when it is an http(s) URL, else null: an article's
  // URL may not run script (javascript:, data:).
  function safeURL(u) {
    if (!u) return null;
    try {
      const p = new URL(u, location.href);
      return p.protocol === "http:" || p.protocol === "https:" ? p.href : null;
    } catch (_) {
      return null;
    }
  }

  const articleURL = (id) => "/api/articles/" + encodeURIComponent(id);
  const nf = new Intl.NumberFormat("en");
  const plural = (n, one, many) => nf.format(n) + " " + (n === 1 ? one : many || one + "s");

  // Dates arrive as "YYYY-MM-DD"; they are calendar days, shown in UTC so
  // that no time zone moves them.
  function dayUTC(s) {
    const [y, m, d] = s.split("-").map(Number);
    return Date.UTC(y, m - 1, d);
  }
  const DAY = 86400000;
  const fmtLong = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });
  const fmtWeekday = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "long" });
  const fmtShort = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" });
  const fmtMonth = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", month: "short" });
  const fmtDayMonth = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short" });

  const fields = ["q", "entity", "from", "to", "dates", "sentences"];
  const defaults = { dates: "10", sentences: "2" };

  function formParams() {
    const p = new URLSearchParams();
    for (const f of fields) {
      const v = $(f).value.trim();
      if (v !== "") p.set(f, v);
    }
    return p;
  }

  function fillForm(p) {
    for (const f of fields) {
      $(f).value = p.get(f) || defaults[f] || "";
    }
    if (p.get("entity") || p.get("from") || p.get("to")) $("search").querySelector("details").open = true;
  }

  function setStatus(msg, kind) {
    const s = $("status");
    s.textContent = msg || "";
    s.className = "status" + (kind ? " " + kind : "");
  }

  async function getJSON(url) {
    const r = await fetch(url, { headers: { Accept: "application/json" } });
    let body = null;
    try {
      body = await r.json();
    } catch (_) {
      // not JSON: reported below
    }
    if (!r.ok) {
      const msg = body && typeof body.error === "string" ? body.error : r.status + " " + r.statusText;
      throw new Error(msg);
    }
    return body;
  }

  async function loadStats() {
    try {
      const st = await getJSON("/api/stats");
      const parts = [plural(st.articles, "article"), plural(st.sources, "source")];
      if (st.first_day) parts.push(fmtShort.format(dayUTC(st.first_day)) + " – " + fmtShort.format(dayUTC(st.last_day)));
      $("corpus").textContent = "Searching " + parts.join(" · ");
    } catch (e) {
      $("corpus").textContent = "";
    }
  }

  let current = null; // the timeline shown, for redraws
  let seq = 0;

  async function run(p) {
    const my = ++seq;
    const q = p.get("q") || "";
    if (!q && !p.get("entity")) {
      setStatus("Type a topic to build its timeline.");
      return;
    }
    $("go").disabled = true;
    document.body.classList.add("busy");
    setStatus("Building the timeline…", "loading");
    try {
      const tl = await getJSON("/api/timeline?" + p.toString());
      if (my !== seq) return;
      current = { tl, params: p };
      show(tl, p);
      setStatus("");
    } catch (e) {
      if (my !== seq) return;
      $("result").hidden = true;
      setStatus(e.message, "error");
    } finally {
      if (my === seq) {
        $("go").disabled = false;
        document.body.classList.remove("busy");
      }
    }
  }

  function show(tl, p) {
    const label = tl.query || p.get("entity") || "";
    $("title").textContent = label;
    document.title = label ? label + " · dateline" : "dateline";
    const dates = tl.dates || [];
    const items = dates.reduce((n, e) => n + (e.summary || []).length, 0);
    const parts = [plural(dates.length, "date"), plural(items, "sentence")];
    if (p.get("entity")) parts.push("articles naming " + p.get("entity"));
    if (tl.method) parts.push("method " + tl.method);
    $("summary").textContent = parts.join(" · ");
    for (const f of ["json", "timelinejs", "md", "csv"]) {
      const ep = new URLSearchParams(p);
      ep.set("format", f);
      ep.set("download", "1");
      $("export-" + f).setAttribute("href", "/api/timeline?" + ep.toString());
    }
    $("result").hidden = false;
    drawChart(tl);
    drawTimeline(tl);
    if (dates.length === 0) setStatus("No dates found: no sentence in the articles matches this query in this window.", "empty");
  }

  // ---- chart -------------------------------------------------------------

  function drawChart(tl) {
    const box = $("chart");
    box.replaceChildren();
    $("chart-note").textContent = "";
    const days = tl.days || [];
    const chosen = (tl.dates || []).map((e) => dayUTC(e.date));
    const pubDays = days.filter((d) => d.published > 0).map((d) => dayUTC(d.date));
    const span = pubDays.concat(chosen);
    if (span.length === 0) {
      box.append(el("p", { class: "chart-empty", text: "No articles in this window." }));
      return;
    }
    let lo = Math.min(...span) - DAY;
    let hi = Math.max(...span) + DAY;
    if (hi - lo < 14 * DAY) {
      const mid = (lo + hi) / 2;
      lo = mid - 7 * DAY;
      hi = mid + 7 * DAY;
    }
    lo = Math.floor(lo / DAY) * DAY;
    hi = Math.ceil(hi / DAY) * DAY;
    const n = Math.round((hi - lo) / DAY) + 1;
    const pub = new Array(n).fill(0);
    const ment = new Array(n).fill(0);
    let outside = 0;
    for (const d of days) {
      const i = Math.round((dayUTC(d.date) - lo) / DAY);
      if (i < 0 || i >= n) {
        if (d.mentions > 0) outside++;
        continue;
      }
      pub[i] = d.published;
      ment[i] = d.mentions;
    }
    if (outside > 0) {
      $("chart-note").textContent = plural(outside, "mentioned day") + " outside the publication period " + (outside === 1 ? "is" : "are") + " not drawn.";
    }

    const W = Math.max(320, box.clientWidth || 900);
    const H = 230;
    const m = { l: 44, r: 48, t: 46, b: 28 };
    const pw = W - m.l - m.r;
    const ph = H - m.t - m.b;
    const x = (i) => m.l + (i + 0.5) * (pw / n);
    const maxPub = Math.max(1, ...pub);
    const maxMent = Math.max(1, ...ment);
    const yPub = (v) => m.t + ph - (v / maxPub) * ph;
    const yMent = (v) => m.t + ph - (v / maxMent) * ph;
    const bw = Math.max(1, pw / n - (pw / n > 4 ? 1 : 0));

    const s = svg("svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "Articles published and date mentions per day, with the chosen dates marked", class: "chart-svg" });

    // grid and axes
    const grid = svg("g", { class: "grid" });
    for (const f of [0, 0.5, 1]) {
      const y = m.t + ph - f * ph;
      grid.append(svg("line", { x1: m.l, x2: W - m.r, y1: y, y2: y }));
      grid.append(svg("text", { x: m.l - 6, y: y + 4, class: "axis-pub", "text-anchor": "end", text: nf.format(Math.round(f * maxPub)) }));
      grid.append(svg("text", { x: W - m.r + 6, y: y + 4, class: "axis-ment", "text-anchor": "start", text: nf.format(Math.round(f * maxMent)) }));
    }
    s.append(grid);

    // time ticks: weeks (Mondays) over a short span, months over a long one
    const ticks = svg("g", { class: "ticks" });
    const marksAt = [];
    if (n <= 120) {
      const first = new Date(lo);
      let t = lo + ((8 - first.getUTCDay()) % 7) * DAY;
      for (; t <= hi; t += 7 * DAY) marksAt.push({ t, label: (marksAt.length === 0 ? fmtShort : fmtDayMonth).format(t) });
    } else {
      const d0 = new Date(lo);
      let t = Date.UTC(d0.getUTCFullYear(), d0.getUTCMonth() + 1, 1);
      while (t <= hi) {
        const d = new Date(t);
        const lab = d.getUTCMonth() === 0 || marksAt.length === 0 ? fmtMonth.format(t) + " " + d.getUTCFullYear() : fmtMonth.format(t);
        marksAt.push({ t, label: lab });
        t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
      }
    }
    const every = Math.max(1, Math.ceil(marksAt.length / Math.max(1, Math.floor(pw / 70))));
    marksAt.forEach((mk, k) => {
      const xx = x(Math.round((mk.t - lo) / DAY));
      ticks.append(svg("line", { x1: xx, x2: xx, y1: m.t + ph, y2: m.t + ph + 5 }));
      if (k % every === 0) ticks.append(svg("text", { x: xx, y: H - 8, "text-anchor": "middle", text: mk.label }));
    });
    ticks.append(svg("line", { x1: m.l, x2: W - m.r, y1: m.t + ph, y2: m.t + ph, class: "baseline" }));
    s.append(ticks);

    // chosen dates: a band behind the data
    const chosenIdx = chosen.map((c) => Math.round((c - lo) / DAY));
    const bands = svg("g", { class: "chosen-bands" });
    for (const i of chosenIdx) {
      bands.append(svg("line", { x1: x(i), x2: x(i), y1: 20, y2: m.t + ph }));
    }
    s.append(bands);

    // publications: bars
    const bars = svg("g", { class: "bars" });
    pub.forEach((v, i) => {
      if (v > 0) bars.append(svg("rect", { x: x(i) - bw / 2, y: yPub(v), width: bw, height: m.t + ph - yPub(v) }));
    });
    s.append(bars);

    // mentions: a line
    let path = "";
    ment.forEach((v, i) => {
      path += (i === 0 ? "M" : "L") + x(i).toFixed(1) + "," + yMent(v).toFixed(1);
    });
    s.append(svg("path", { d: path, class: "mentions" }));

    // chosen dates: numbered markers, staggered when close
    const marks = svg("g", { class: "markers" });
    let lastX = -1e9;
    let row = 0;
    chosenIdx.forEach((i, k) => {
      const xx = x(i);
      row = xx - lastX < 18 ? (row + 1) % 2 : 0;
      lastX = xx;
      const cy = 12 + row * 18;
      const entry = tl.dates[k];
      const g = svg("g", { class: "marker", tabindex: 0, role: "link", "aria-label": "Date " + (k + 1) + ": " + entry.date });
      g.append(svg("title", { text: `${k + 1}. ${fmtLong.format(dayUTC(entry.date))}: ${plural(entry.evidence.mentions, "mention")} in ${plural(entry.evidence.articles, "article")}, ${nf.format(entry.evidence.published)} published that day` }));
      g.append(svg("circle", { cx: xx, cy: yMent(ment[i]), r: 3.5, class: "dot" }));
      g.append(svg("circle", { cx: xx, cy: cy, r: 8.5, class: "badge" }));
      g.append(svg("text", { x: xx, y: cy + 3.5, "text-anchor": "middle", text: String(k + 1) }));
      const go = () => {
        const target = document.querySelector(`.entry[data-n="${k + 1}"]`);
        if (target) {
          target.scrollIntoView({ behavior: "smooth", block: "start" });
          target.classList.add("flash");
          setTimeout(() => target.classList.remove("flash"), 1200);
        }
      };
      g.addEventListener("click", go);
      g.addEventListener("keydown", (ev) => {
        if (ev.key === "Enter" || ev.key === " ") go();
      });
      marks.append(g);
    });

    // hover read-out
    const hover = svg("rect", { x: m.l, y: m.t, width: pw, height: ph, class: "hover" });
    const cursor = svg("line", { x1: 0, x2: 0, y1: m.t, y2: m.t + ph, class: "cursor", visibility: "hidden" });
    s.append(cursor, hover, marks);
    const tip = $("tip");
    hover.addEventListener("mousemove", (ev) => {
      const r = s.getBoundingClientRect();
      const i = Math.min(n - 1, Math.max(0, Math.floor(((ev.clientX - r.left) - m.l) / (pw / n))));
      cursor.setAttribute("x1", x(i));
      cursor.setAttribute("x2", x(i));
      cursor.setAttribute("visibility", "visible");
      const day = lo + i * DAY;
      tip.replaceChildren(
        el("strong", { text: fmtShort.format(day) }),
        el("br"),
        plural(pub[i], "article") + " published",
        el("br"),
        plural(ment[i], "sentence") + " mentioning it",
        chosenIdx.includes(i) ? el("span", { class: "tip-chosen", text: " · chosen" }) : null,
      );
      tip.hidden = false;
      const bx = box.getBoundingClientRect();
      const left = Math.min(bx.width - 190, Math.max(0, x(i) + 12));
      tip.style.left = left + "px";
      tip.style.top = "40px";
    });
    hover.addEventListener("mouseleave", () => {
      tip.hidden = true;
      cursor.setAttribute("visibility", "hidden");
    });
    box.append(s);
  }

  // ---- timeline ----------------------------------------------------------

  function drawTimeline(tl) {
    const ol = $("timeline");
    ol.replaceChildren();
    (tl.dates || []).forEach((e, k) => ol.append(entryNode(e, k + 1)));
  }

  function entryNode(e, n) {
    const d = dayUTC(e.date);
    const ev = e.evidence || {};
    const head = el("header", { class: "entry-head" },
      el("span", { class: "entry-n", text: String(n), "aria-hidden": "true" }),
      el("time", { datetime: e.date, class: "entry-date" }, fmtLong.format(d), el("span", { class: "weekday", text: fmtWeekday.format(d) })),
      el("p", { class: "evidence" },
        el("span", { text: plural(ev.mentions || 0, "sentence") + " in " + plural(ev.articles || 0, "article") + (ev.mentions === 1 ? " mentions" : " mention") + " this day" }),
        el("span", { text: plural(ev.published || 0, "article") + " published on it" })),
    );
    const ul = el("ul", { class: "items" });
    for (const it of e.summary || []) ul.append(itemNode(it));
    return el("li", { class: "entry", "data-date": e.date, "data-n": n, id: "d-" + e.date }, head, ul);
  }

  function itemNode(it) {
    const quote = !!it.speaker;
    const text = el(quote ? "blockquote" : "p", { class: "item-text" }, it.text);
    if (quote) text.append(el("footer", { class: "speaker" }, "— ", el("cite", { text: it.speaker })));

    const url = safeURL(it.url);
    const srcName = it.source || it.doc;
    const link = el("a", { class: "source", href: url || articleURL(it.doc), rel: url ? "noopener noreferrer" : null, target: url ? "_blank" : null }, srcName);
    const meta = el("p", { class: "item-meta" }, link);
    if (it.title) meta.append(el("span", { class: "item-title", text: it.title }));
    if (it.published) meta.append(el("time", { datetime: it.published, class: "published", text: fmtShort.format(dayUTC(it.published)) }));
    if (it.sources > 1) {
      let label = plural(it.sources, "source");
      if (it.independent > 0 && it.independent !== it.sources) label += ", " + nf.format(it.independent) + " independent";
      meta.append(el("span", { class: "badge-sources", title: "Also in:\n" + (it.docs || []).join("\n"), text: label }));
    }
    if (quote) meta.append(el("span", { class: "badge-quote", text: "quote" }));
    if (it.dated_by) meta.append(el("span", { class: "dated-by", text: "dated by " + it.dated_by }));
    meta.append(el("button", { type: "button", class: "read", "data-doc": it.doc, onclick: () => openReader(it) }, "Read article"));
    return el("li", { class: "item" + (quote ? " is-quote" : "") }, text, meta);
  }

  // ---- reader --------------------------------------------------------------

  async function openReader(it) {
    const dlg = $("reader");
    $("reader-title").textContent = it.title || it.doc;
    $("reader-meta").textContent = "Loading…";
    $("reader-body").replaceChildren();
    const url = safeURL(it.url);
    const ua = $("reader-url");
    if (url) {
      ua.setAttribute("href", url);
      ua.hidden = false;
    } else {
      ua.removeAttribute("href");
      ua.hidden = true;
    }
    $("reader-json").setAttribute("href", articleURL(it.doc));
    if (!dlg.open) dlg.showModal();
    try {
      const a = await getJSON(articleURL(it.doc));
      $("reader-title").textContent = a.title || a.id;
      const when = a.published ? fmtLong.format(new Date(a.published)) : "";
      $("reader-meta").textContent = [a.source, when].filter(Boolean).join(" · ");
      const body = $("reader-body");
      const txt = a.text || "";
      const at = it.text ? txt.indexOf(it.text) : -1;
      if (at >= 0) {
        const mark = el("mark", { text: it.text });
        body.append(document.createTextNode(txt.slice(0, at)), mark, document.createTextNode(txt.slice(at + it.text.length)));
        mark.scrollIntoView({ block: "center" });
      } else {
        body.append(document.createTextNode(txt));
      }
    } catch (e) {
      $("reader-meta").textContent = "Could not load the article: " + e.message;
    }
  }

  // ---- wiring --------------------------------------------------------------

  function start() {
    $("reader-close").addEventListener("click", () => $("reader").close());
    $("reader").addEventListener("click", (ev) => {
      if (ev.target === $("reader")) $("reader").close();
    });
    $("search").addEventListener("submit", (ev) => {
      ev.preventDefault();
      const p = formParams();
      const url = p.toString() ? "?" + p.toString() : location.pathname;
      history.pushState(null, "", url);
      run(p);
    });
    window.addEventListener("popstate", () => {
      const p = new URLSearchParams(location.search);
      fillForm(p);
      run(p);
    });
    let resize = 0;
    window.addEventListener("resize", () => {
      clearTimeout(resize);
      resize = setTimeout(() => current && drawChart(current.tl), 150);
    });
    const p = new URLSearchParams(location.search);
    fillForm(p);
    loadStats();
    if (p.get("q") || p.get("entity")) run(p);
    else setStatus("Type a topic to build its timeline.");
    $("q").focus();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
