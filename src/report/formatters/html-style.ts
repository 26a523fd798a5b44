/**
 * The HTML report's style sheet (src/report/formatters/html.ts), inline in the page: its
 * Content-Security-Policy allows inline styles and nothing from outside. Colours meet WCAG AA
 * contrast (4.5:1) in the light and the dark scheme, which tests/browser checks with axe-core.
 */
export const STYLE = `
:root {
  color-scheme: light dark;
  --fg: #1d232b; --muted: #5d6670; --bg: #f6f7f9; --card: #ffffff; --line: #e1e4e8; --focus: #2463eb; --link: #1a4fc4;
  --assertion: #1e7b3c; --assertion-tint: #e9f6ed;
  --denial: #b4261e; --denial-tint: #fdeceb;
  --unverified: #9a5b00; --unverified-tint: #fff3dc;
  --background: #5d6670; --background-tint: #f0f2f5;
  --flag: #7b2cbf; --flag-tint: #f4ebfc; --cue: #fff0a8;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e6e8eb; --muted: #a0a8b2; --bg: #15181c; --card: #1d2126; --line: #323840; --focus: #7aa2ff; --link: #9bb8ff;
    --assertion: #4cc27a; --assertion-tint: #18291f;
    --denial: #ff7b72; --denial-tint: #33191a;
    --unverified: #f0b44c; --unverified-tint: #30250f;
    --background: #a0a8b2; --background-tint: #23272d;
    --flag: #c79cf5; --flag-tint: #2a1f38; --cue: #5c4d00;
  }
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { background: var(--bg); color: var(--fg); }
body { margin: 0 auto; max-width: 62rem; padding: 2rem 1.25rem 3rem; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0; letter-spacing: -0.01em; }
h2 { font-size: 1.1rem; margin: 0; overflow-wrap: anywhere; }
code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
a { color: var(--link); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.muted, .meta { color: var(--muted); }
.meta { margin: 0.2rem 0 0; font-size: 0.9rem; }
.page-head { margin-bottom: 1.25rem; }
.overview, .claims, .document { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 1.1rem 1.25rem; margin: 0 0 1.25rem; }
.stack { display: flex; height: 0.8rem; border-radius: 999px; overflow: hidden; background: var(--line); margin: 0.8rem 0; }
.segment { display: block; height: 100%; }
.segment + .segment { border-left: 2px solid var(--card); }
.segment[data-label="assertion"], .bar[data-label="assertion"], .swatch[data-label="assertion"], .badge[data-label="assertion"] { background: var(--assertion); }
.segment[data-label="denial"], .bar[data-label="denial"], .swatch[data-label="denial"], .badge[data-label="denial"] { background: var(--denial); }
.segment[data-label="unverified"], .bar[data-label="unverified"], .swatch[data-label="unverified"], .badge[data-label="unverified"] { background: var(--unverified); }
.segment[data-label="background"], .bar[data-label="background"], .swatch[data-label="background"], .badge[data-label="background"] { background: var(--background); }
.legend { width: 100%; border-collapse: collapse; font-size: 0.92rem; }
.legend th, .legend td { padding: 0.35rem 0.5rem; border-top: 1px solid var(--line); text-align: left; vertical-align: middle; }
.legend thead th { border-top: 0; color: var(--muted); font-weight: 500; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; }
.legend tbody th { font-weight: 600; white-space: nowrap; }
.legend tfoot th, .legend tfoot td { font-weight: 600; }
.legend .description { color: var(--muted); }
.sources { margin-top: 1rem; }
.sources caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
.sources tbody th { white-space: normal; }
.legend .number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.bar-cell { width: 22%; }
.bar { display: block; height: 0.55rem; border-radius: 999px; min-width: 2px; }
.swatch { display: inline-block; width: 0.7rem; height: 0.7rem; border-radius: 3px; margin-right: 0.45rem; vertical-align: -0.05rem; }
.filters { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; align-items: center; gap: 0.45rem; padding: 0.7rem 0; margin: 0 0 0.75rem; background: var(--bg); border-bottom: 1px solid var(--line); }
.filters-title { font-size: 0.85rem; color: var(--muted); margin-right: 0.2rem; }
.filters button { font: inherit; font-size: 0.88rem; color: var(--fg); background: var(--card); border: 1px solid var(--line); border-radius: 999px; padding: 0.25rem 0.8rem; cursor: pointer; }
.filters button:hover { border-color: var(--muted); }
.filters button[aria-pressed="true"] { background: var(--fg); color: var(--card); border-color: var(--fg); }
.filters select { font: inherit; font-size: 0.88rem; color: var(--fg); background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 0.2rem 0.4rem; max-width: 16rem; }
.filter-source { white-space: nowrap; margin-left: 0.4rem; }
.filters label { font-size: 0.85rem; color: var(--muted); }
.filters .count { color: var(--muted); font-variant-numeric: tabular-nums; margin-left: 0.15rem; }
.filters button[aria-pressed="true"] .count { color: inherit; opacity: 0.75; }
.status { margin-left: auto; font-size: 0.85rem; color: var(--muted); }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.document-head { margin-bottom: 0.25rem; }
.note { font-size: 0.9rem; background: var(--background-tint); border-radius: 6px; padding: 0.5rem 0.75rem; }
.policy { font-size: 0.92rem; border-radius: 6px; padding: 0.6rem 0.85rem; margin: 0.75rem 0; }
.policy p { margin: 0; }
.policy ul { margin: 0.35rem 0 0; padding-left: 1.2rem; }
.policy.failed { background: var(--flag-tint); border-left: 4px solid var(--flag); }
.policy.passed { background: var(--assertion-tint); border-left: 4px solid var(--assertion); }
.statements { list-style: none; margin: 0.75rem 0 0; padding: 0; display: grid; gap: 0.4rem; }
.statement { border-radius: 6px; border-left: 4px solid var(--label); background: var(--tint); scroll-margin-top: 6rem; }
.statement[data-label="assertion"] { --label: var(--assertion); --tint: var(--assertion-tint); }
.statement[data-label="denial"] { --label: var(--denial); --tint: var(--denial-tint); }
.statement[data-label="unverified"] { --label: var(--unverified); --tint: var(--unverified-tint); }
.statement[data-label="background"] { --label: var(--background); --tint: var(--background-tint); }
.statement[data-flagged] { box-shadow: inset 0 0 0 1px var(--flag); }
summary { display: grid; grid-template-columns: 2rem 6.6rem 1fr 1rem; align-items: baseline; gap: 0.5rem; padding: 0.5rem 0.75rem 0.5rem 0.5rem; cursor: pointer; list-style: none; border-radius: 6px; }
summary::-webkit-details-marker { display: none; }
summary::after { content: "›"; color: var(--muted); font-size: 1.1rem; line-height: 1; justify-self: end; }
details[open] > summary::after { transform: rotate(90deg); }
summary:hover { background: rgba(127, 127, 127, 0.08); }
.n { color: var(--muted); font-size: 0.8rem; text-align: right; font-variant-numeric: tabular-nums; }
.badge { display: inline-block; color: #fff; font-size: 0.72rem; font-weight: 600; letter-spacing: 0.03em; text-transform: uppercase; border-radius: 4px; padding: 0.08rem 0.4rem; text-align: center; }
@media (prefers-color-scheme: dark) { .badge { color: #111; } }
summary .badge { width: 100%; }
.text { overflow-wrap: anywhere; }
.facts { display: block; margin-top: 0.2rem; font-size: 0.86rem; }
.fact { display: block; overflow-wrap: anywhere; }
.term { display: inline-block; min-width: 3.6rem; color: var(--muted); font-size: 0.74rem; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; }
.fact.violation, .fact.violation .term { color: var(--flag); }
.claims ol { margin: 0.6rem 0 0; padding: 0; list-style: none; display: grid; gap: 0.35rem; }
.claims li { display: grid; grid-template-columns: 3rem 6.6rem 1fr; gap: 0.5rem; align-items: baseline; padding: 0.35rem 0.5rem; border-top: 1px solid var(--line); }
.claims .score { font-variant-numeric: tabular-nums; font-weight: 600; text-align: right; }
.claims .claim-text { overflow-wrap: anywhere; }
.claims .claim-where { display: block; font-size: 0.86rem; color: var(--muted); }
.role { display: inline-block; font-size: 0.72rem; color: var(--muted); border: 1px solid var(--line); border-radius: 4px; padding: 0 0.35rem; margin-right: 0.4rem; vertical-align: 0.08rem; background: var(--card); }
.flag { display: inline-block; font-size: 0.72rem; font-weight: 600; color: var(--flag); border: 1px solid var(--flag); border-radius: 4px; padding: 0 0.35rem; margin-left: 0.45rem; vertical-align: 0.08rem; background: var(--card); }
mark.cue { background: var(--cue); color: inherit; border-radius: 3px; padding: 0 0.1rem; box-shadow: inset 0 -2px 0 rgba(0, 0, 0, 0.18); }
.panel { margin: 0 0.75rem 0.6rem calc(2rem + 6.6rem + 1.5rem); padding: 0.6rem 0.8rem; background: var(--card); border: 1px solid var(--line); border-radius: 6px; font-size: 0.9rem; display: grid; gap: 0.3rem; }
.panel > div { display: grid; grid-template-columns: 5rem 1fr; gap: 0.5rem; }
.panel dt { color: var(--muted); font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; padding-top: 0.1rem; }
.panel dd { margin: 0; overflow-wrap: anywhere; }
.panel .violation dd, .panel .violation dt { color: var(--flag); }
.cues { margin: 0; padding: 0; list-style: none; }
.page-foot { color: var(--muted); font-size: 0.85rem; text-align: center; margin-top: 2rem; }
@media (max-width: 40rem) {
  summary { grid-template-columns: 1.6rem 1fr 1rem; }
  summary .text { grid-column: 2 / 4; }
  .panel { margin-left: 0.75rem; }
  .claims li { grid-template-columns: 3rem 1fr; }
  .claims .claim-text { grid-column: 1 / 3; }
  .description { display: none; }
}
/* On paper: black on white, no filter bar or disclosure arrows, the labels' colours kept (they
   carry meaning), no statement or claim split over two pages. What a filter hides stays hidden,
   so an editor can print, say, only the unverified statements. */
@media print {
  :root {
    color-scheme: light; --fg: #000; --muted: #333; --bg: #fff; --card: #fff; --line: #bbb; --link: #000;
    --assertion: #1e7b3c; --assertion-tint: #e9f6ed; --denial: #b4261e; --denial-tint: #fdeceb;
    --unverified: #9a5b00; --unverified-tint: #fff3dc; --background: #5d6670; --background-tint: #f0f2f5;
    --flag: #7b2cbf; --flag-tint: #f4ebfc; --cue: #fff0a8;
  }
  .badge { color: #fff; }
  html, body { background: #fff; color: #000; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .filters, summary::after { display: none !important; }
  .overview, .claims, .document { border: 0; border-radius: 0; padding: 0; margin-bottom: 1.2rem; }
  .document + .document { break-before: page; }
  .statement, .claims li, .policy, tr { break-inside: avoid; }
  a { text-decoration: none; }
  .badge, .segment, .bar, .swatch, .statement, mark.cue { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .page-foot { margin-top: 1rem; }
}
`;
