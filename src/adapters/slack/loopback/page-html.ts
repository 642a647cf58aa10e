// The sandbox page's markup and style. Everything the bot sent is put in the page through
// textContent by the script, never as HTML.
import { PAGE_SCRIPT } from './page-script.ts';

const STYLE = `
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, sans-serif; color: #1d1c1d; background: #f4f4f6; }
header { background: #7a2e00; color: #fff; padding: 8px 16px; display: flex; gap: 16px; align-items: center; flex-wrap: wrap; }
header strong { font-size: 15px; }
header .warn { background: #ffd866; color: #3b2500; padding: 2px 8px; border-radius: 4px; font-weight: 600; }
header select, header button { font: inherit; }
main { display: grid; grid-template-columns: 220px 1fr; min-height: calc(100vh - 48px); }
nav { background: #3f0e40; color: #ddd; padding: 12px 0; }
nav button { display: block; width: 100%; text-align: left; background: none; border: 0; color: inherit; padding: 4px 16px; font: inherit; cursor: pointer; }
nav button.active { background: #1164a3; color: #fff; }
#feed { padding: 16px; overflow: auto; }
.msg { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 10px 12px; margin: 0 0 12px; }
.msg .meta { color: #616061; font-size: 12px; margin-bottom: 4px; }
.thread { margin: 8px 0 0 16px; border-left: 3px solid #ddd; padding-left: 10px; }
.thread .msg { margin-bottom: 6px; }
.ephemeral { border-color: #1164a3; background: #eef6fc; }
.b-header { font-size: 17px; font-weight: 700; margin: 4px 0; }
.b-section { margin: 4px 0; white-space: pre-wrap; }
code { background: #f0f0f0; border: 1px solid #e0e0e0; border-radius: 3px; padding: 0 3px; font-size: 12px; }
.b-fields { display: grid; grid-template-columns: 1fr 1fr; gap: 4px 16px; margin: 4px 0; }
.b-context { color: #616061; font-size: 12px; margin: 4px 0; white-space: pre-wrap; }
hr.b-divider { border: 0; border-top: 1px solid #ddd; margin: 8px 0; }
.b-actions { display: flex; gap: 6px; flex-wrap: wrap; margin: 6px 0; }
.b-actions button, .b-actions select, .modal button { font: inherit; padding: 4px 10px; border: 1px solid #bbb; border-radius: 4px; background: #fff; cursor: pointer; }
button.primary { background: #007a5a; color: #fff; border-color: #007a5a; }
button.danger { background: #e01e5a; color: #fff; border-color: #e01e5a; }
#composer { display: flex; gap: 6px; margin: 0 0 16px; }
#composer input { flex: 1; font: inherit; padding: 6px; }
.backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.45); display: flex; align-items: center; justify-content: center; }
.modal { background: #fff; border-radius: 8px; width: min(520px, 92vw); max-height: 90vh; overflow: auto; padding: 16px; }
.modal h2 { margin: 0 0 8px; font-size: 18px; }
.modal label { display: block; font-weight: 600; margin: 10px 0 4px; }
.modal input, .modal textarea, .modal select { width: 100%; font: inherit; padding: 6px; }
.modal .hint { color: #616061; font-size: 12px; }
.modal .error { color: #e01e5a; font-size: 12px; }
.modal .buttons { display: flex; justify-content: flex-end; gap: 8px; margin-top: 14px; }
#status { font-size: 12px; opacity: .85; }
`;

export const PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>noticeboard — local sandbox (not Slack)</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>
<body>
<header>
  <strong>noticeboard</strong>
  <span class="warn" id="banner">Local sandbox — this is not Slack</span>
  <label>You are acting as <select id="acting"></select></label>
  <span>Sandbox time: <b id="now">…</b></span>
  <span id="clock"><button data-ms="3600000">+1 h</button> <button data-ms="86400000">+1 d</button> <button data-ms="604800000">+7 d</button></span>
  <span id="status"></span>
</header>
<main><nav id="channels"></nav><section id="feed"></section></main>
<div id="modal-root"></div>
<script>${PAGE_SCRIPT}</script>
</body></html>`;
