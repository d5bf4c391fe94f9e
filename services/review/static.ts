/** The console's only script and stylesheet, served from /static (the CSP allows no inline code). */
export const SCRIPT = `// keyboard shortcuts: c confirm, o overturn, g change category, e escalate, r reveal, n next item, m note, ? help
(function () {
  var keys = { c: 'btn-confirm', o: 'btn-overturn', g: 'policy-change', e: 'btn-escalate', r: 'btn-reveal', n: 'btn-next', m: 'note' };
  document.addEventListener('keydown', function (ev) {
    var t = ev.target;
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT')) {
      if (ev.key === 'Escape') t.blur();
      return;
    }
    if (ev.key === '?') { var h = document.getElementById('shortcuts'); if (h) h.hidden = !h.hidden; return; }
    var el = document.getElementById(keys[ev.key]);
    if (!el) return;
    ev.preventDefault();
    if (el.tagName === 'BUTTON') el.click(); else el.focus();
  });
  document.querySelectorAll('form[data-confirm]').forEach(function (f) {
    f.addEventListener('submit', function (ev) { if (!window.confirm(f.getAttribute('data-confirm'))) ev.preventDefault(); });
  });
})();
`;

export const STYLE = `
:root { --bg: #f6f7f9; --fg: #1d2330; --muted: #5b6475; --line: #dde1e8; --accent: #2457c5; --bad: #b42318; --ok: #1a7f37; --warn: #b54708; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "WenQuanYi Micro Hei", sans-serif; background: var(--bg); color: var(--fg); }
header { display: flex; gap: 1.5rem; align-items: center; padding: .6rem 1.2rem; background: #1d2330; color: #fff; }
header a { color: #cfd8ea; text-decoration: none; } header a:hover { color: #fff; }
header .brand { font-weight: 700; color: #fff; letter-spacing: .02em; }
header .who { margin-left: auto; color: #cfd8ea; }
header form { display: inline; }
main { padding: 1rem 1.2rem; max-width: 1200px; }
h1 { font-size: 1.25rem; margin: .2rem 0 1rem; } h2 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
table { border-collapse: collapse; width: 100%; background: #fff; border: 1px solid var(--line); }
th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #eef1f6; font-weight: 600; font-size: .85rem; color: var(--muted); }
.card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .8rem 1rem; margin-bottom: 1rem; }
.grid { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: 999px; font-size: .8rem; background: #e6ebf5; color: #24324d; margin-right: .25rem; }
.badge.priority, .badge.block { background: #fde2e1; color: var(--bad); } .badge.appeal { background: #fff1d6; color: var(--warn); }
.badge.shadow { background: #ece6fb; color: #5b3cc4; } .badge.escalated { background: #ffe4c7; color: #93370d; } .badge.review { background: #e1ecff; color: #1e4fb8; }
.content-text { white-space: pre-wrap; word-break: break-word; font-size: 1rem; background: #fafbfc; border: 1px solid var(--line); padding: .6rem; border-radius: 4px; }
.thumb { max-width: 100%; border-radius: 4px; border: 1px solid var(--line); display: block; }
.strip { display: flex; gap: 4px; overflow-x: auto; padding-bottom: 4px; }
.strip .frame { height: 100px; flex: none; border-radius: 3px; border: 1px solid var(--line); }
.muted { color: var(--muted); } .small { font-size: .85rem; }
button, .button { font: inherit; padding: .35rem .8rem; border-radius: 4px; border: 1px solid #b8c0cf; background: #fff; cursor: pointer; color: var(--fg); text-decoration: none; display: inline-block; }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
button.danger { background: var(--bad); border-color: var(--bad); color: #fff; }
button.ok { background: var(--ok); border-color: var(--ok); color: #fff; }
kbd { font: 12px ui-monospace, monospace; border: 1px solid #b8c0cf; border-bottom-width: 2px; border-radius: 3px; padding: 0 .3rem; background: #fff; }
button kbd { background: transparent; color: inherit; border-color: currentColor; opacity: .85; }
.actions { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: .5rem 0; }
textarea, select, input[type=text], input[type=password] { font: inherit; padding: .35rem; border: 1px solid #b8c0cf; border-radius: 4px; width: 100%; }
.login { max-width: 340px; margin: 10vh auto; }
.flash { padding: .5rem .8rem; border-radius: 4px; background: #e7f6ec; border: 1px solid #b4e2c2; margin-bottom: 1rem; }
.error { background: #fdecea; border-color: #f5c2be; }
.filters { display: flex; gap: .5rem; align-items: end; flex-wrap: wrap; margin-bottom: .8rem; } .filters label { font-size: .8rem; color: var(--muted); }
.filters select, .filters input { width: 12rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem .8rem; margin: 0; } dt { color: var(--muted); }
.evidence { font: 12px ui-monospace, monospace; color: var(--muted); }
`;
