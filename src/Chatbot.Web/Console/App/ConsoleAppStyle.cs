namespace Chatbot.Web.OperatorConsole;

/// <summary>The console app's style, served as /console/assets/app.css: mobile first (operators work from phones too).</summary>
internal static class ConsoleAppStyle
{
    public const string Text = """
*{box-sizing:border-box}
:root{--green:#0b7a4b;--green-d:#075c38;--ink:#1c2b24;--muted:#5b6b63;--line:#dbe3df;--bg:#f2f5f3;--red:#8a1c1c;--blue:#1d7fd8}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink)}
a{color:var(--green)}
h1{font-size:1.35rem;margin:.25rem 0 .75rem}
h2{font-size:1.05rem;margin:0 0 .6rem}
h3{font-size:.95rem;margin:.6rem 0 .4rem}
.top{position:sticky;top:0;z-index:5;display:flex;flex-wrap:wrap;align-items:center;gap:.4rem .9rem;padding:.5rem .8rem;background:#fff;border-bottom:1px solid var(--line)}
.brand{font-weight:700;color:var(--green)}
#nav{display:flex;gap:.2rem;flex-wrap:wrap}
#nav a{padding:.35rem .6rem;border-radius:6px;text-decoration:none;color:var(--ink)}
#nav a.active{background:#e3f1ea;color:var(--green-d);font-weight:600}
.who{display:flex;align-items:center;gap:.6rem;margin-left:auto}
.who .sub{margin:0;font-size:.8rem;color:var(--muted);line-height:1.3}
.who form{margin:0}
.who .password-link{font-size:.85rem;white-space:nowrap}
.waiting{display:flex;align-items:baseline;gap:.35rem}
.waiting p{margin:0;font-size:.8rem;color:var(--muted)}
.waiting .count{font-size:1.2rem;font-weight:700;color:var(--ink)}
.live{font-size:.75rem}.live.on{color:var(--green)}.live.off{color:#b35c00}
button,.button{display:inline-block;padding:.55rem .9rem;font:inherit;font-weight:600;color:#fff;background:var(--green);border:1px solid var(--green);border-radius:8px;cursor:pointer;text-decoration:none;min-height:2.4rem}
button:hover,.button:hover{background:var(--green-d)}
button:disabled{opacity:.5;cursor:not-allowed}
button.secondary{color:var(--green);background:#fff}
button.danger{background:var(--red);border-color:var(--red)}
button.small{padding:.3rem .6rem;font-size:.85rem;min-height:2rem}
input,select,textarea{font:inherit;padding:.5rem .6rem;border:1px solid #b8c4be;border-radius:8px;background:#fff;max-width:100%;min-height:2.4rem}
textarea{width:100%;resize:vertical}
input:focus,select:focus,textarea:focus,button:focus-visible{outline:2px solid var(--green);outline-offset:1px}
textarea:disabled,input:disabled{background:#eef1ef}
main{padding:.8rem;max-width:1400px;margin:0 auto}
.card{background:#fff;border-radius:10px;box-shadow:0 1px 3px rgba(0,0,0,.1);padding:.9rem;margin-bottom:.8rem}
.card.error,.error{color:var(--red)}
.card.error{background:#fdecec}
.muted,.hint{color:var(--muted);font-size:.88rem}
.hint{margin:.3rem 0}
.inline{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;margin:.35rem 0}
.inline textarea{flex:1 1 100%}
.inline input[type=text]{flex:1 1 10rem}
.presence{display:flex;border:1px solid var(--line);border-radius:8px;overflow:hidden}
.presence .pr{border:0;border-radius:0;background:#fff;color:var(--ink);font-weight:500;padding:.35rem .6rem;min-height:2.1rem}
.presence .pr.on.pr-Tersedia{background:var(--green);color:#fff}
.presence .pr.on.pr-Istirahat{background:#c98a00;color:#fff}
.presence .pr.on.pr-Offline{background:#6b7670;color:#fff}
.offer{position:sticky;top:3.2rem;z-index:6;display:flex;flex-wrap:wrap;gap:.6rem;align-items:center;justify-content:space-between;margin:.6rem .8rem 0;padding:.8rem 1rem;background:#fff4d6;border:2px solid #e0a800;border-radius:10px;animation:pulse 1.2s ease-in-out 4}
.offer[hidden]{display:none}
.offer-actions{display:flex;gap:.5rem}
@keyframes pulse{50%{box-shadow:0 0 0 6px rgba(224,168,0,.35)}}
#toast{position:fixed;bottom:.8rem;left:50%;transform:translateX(-50%);z-index:10;display:flex;flex-direction:column;gap:.4rem;width:min(94vw,32rem)}
.toast{padding:.6rem .8rem;border-radius:8px;background:#1c2b24;color:#fff;box-shadow:0 2px 8px rgba(0,0,0,.25)}
.toast.error{background:var(--red)}.toast.ok{background:var(--green-d)}
.home{display:grid;grid-template-columns:minmax(17rem,22rem) 1fr;gap:.8rem;align-items:start}
.queue{display:flex;align-items:center;gap:.5rem;padding:.35rem 0;border-bottom:1px solid var(--line)}
.queue .qname{flex:1}
.queue .qcount{min-width:2rem;text-align:center;font-weight:700;background:#e3f1ea;border-radius:999px;padding:0 .4rem}
.filters{display:flex;gap:.4rem;margin-bottom:.5rem}.filters select{flex:1;min-width:0}
.case-list{list-style:none;margin:0;padding:0;max-height:65vh;overflow:auto}
.case-item{display:block;padding:.55rem .6rem;border-radius:8px;text-decoration:none;color:inherit;border:1px solid transparent}
.case-item:hover{background:#f4f8f6}
.case-item.selected{background:#e3f1ea;border-color:#b7dac7}
.case-item .row1{display:flex;gap:.4rem;align-items:center}
.case-item .code,.code{font-family:ui-monospace,monospace;font-weight:700}
.case-item .name{display:block;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.case-item .meta{display:block;font-size:.8rem;color:var(--muted)}
.badge{display:inline-block;padding:.05rem .45rem;border-radius:999px;font-size:.78rem;font-weight:600;background:#e8ecea;white-space:nowrap}
.st-Baru{background:#dbeafe;color:#1e40af}.st-Diproses{background:#fef3c7;color:#92400e}.st-Dicetak{background:#ede9fe;color:#5b21b6}
.st-DikirimPos,.st-SiapDiambil{background:#cffafe;color:#155e75}.st-Selesai{background:#dcfce7;color:#166534}
.st-Ditolak,.st-Dibatalkan{background:#fee2e2;color:#991b1b}.prio{background:#fde68a}
.mode-WithOperator{background:#dcfce7;color:#166534}.mode-Queued{background:#fef3c7;color:#92400e}
.card-head{display:flex;align-items:center;justify-content:space-between;gap:.5rem;margin-bottom:.4rem}
.card-head h2{margin:0}
.back{display:none;margin-bottom:.6rem}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .8rem;margin:.2rem 0 .6rem}
.facts dt{color:var(--muted)}.facts dd{margin:0;overflow-wrap:anywhere}
.nik{font-family:ui-monospace,monospace}
.actions{border-top:1px solid var(--line);padding-top:.5rem;margin-top:.4rem}
details.sub{margin-top:.5rem}details.sub summary{cursor:pointer;color:var(--green-d);font-weight:600;padding:.2rem 0}
.history,.notes{margin:.3rem 0;padding-left:1.2rem;font-size:.9rem}
.notes{list-style:none;padding:0}.notes li{padding:.3rem 0;border-bottom:1px dashed var(--line)}.notes .text{margin:.1rem 0;white-space:pre-wrap}
.window{margin:.2rem 0 .5rem;font-size:.88rem;font-weight:600}.window.open{color:var(--green)}.window.closed{color:#b35c00}
.transcript{list-style:none;margin:0;padding:.5rem;background:#ece5dd;border-radius:8px;max-height:55vh;overflow:auto;display:flex;flex-direction:column;gap:.35rem}
.msg{max-width:85%;padding:.4rem .6rem;border-radius:8px;background:#fff;position:relative;box-shadow:0 1px 1px rgba(0,0,0,.08)}
.msg .meta{font-size:.72rem;color:var(--muted)}
.msg .text{white-space:pre-wrap;overflow-wrap:anywhere}
.msg.sp-Bot,.msg.sp-Operator{align-self:flex-end;background:#dcf8c6}
.msg.sp-Operator{background:#c8f0d8}
.msg.sp-System{align-self:center;background:#fff7d6;font-size:.85rem}
.msg.sp-Note{align-self:center;background:#fdf0c4;border:1px dashed #d6a800;font-size:.88rem}
.tick{float:right;margin-left:.5rem;font-size:.8rem;color:#8a9690;letter-spacing:-2px}
.tick.read{color:var(--blue)}.tick.failed{color:#d11;letter-spacing:0;font-weight:700}
.media-list{display:flex;flex-wrap:wrap;gap:.4rem;margin:.3rem 0}
.media img{max-width:12rem;max-height:12rem;border-radius:6px;display:block}
.media.doc{display:inline-block;padding:.3rem .5rem;background:#f4f8f6;border:1px solid var(--line);border-radius:6px;text-decoration:none}
.conv-actions{margin-top:.6rem}
.composer{margin-top:.3rem}
.why{color:#b35c00}
.canned .vars,.templates .vars{display:flex;flex-wrap:wrap;gap:.4rem;margin:.3rem 0}
.templates{margin:.5rem 0;padding:.5rem;border:1px solid var(--line);border-radius:8px}
.templates.prominent{border-color:#e0a800;background:#fffbea}
.templates label{display:flex;flex-direction:column;font-size:.85rem}
.preview{white-space:pre-wrap;font-size:.88rem;color:var(--muted)}
.dash{display:grid;grid-template-columns:repeat(auto-fit,minmax(20rem,1fr));gap:.8rem}
.dash .card{margin:0}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line);vertical-align:top;overflow-wrap:anywhere}
th{color:var(--muted);font-weight:600}
.chart{width:100%;height:auto;max-height:260px}
.chart .bar{fill:var(--green)}.chart .axis{stroke:#9aa69f}.chart .lbl,.chart .val{font-size:11px;fill:var(--muted)}
.big{font-size:1.6rem;font-weight:700;margin:.2rem 0}
.form{max-width:32rem}.form label{display:block;margin:.6rem 0 .2rem;font-weight:600}.form input,.form select{width:100%}
.form button{margin-top:.8rem}
.skills{border:1px solid var(--line);border-radius:8px;margin-top:.6rem}.skills .check{font-weight:400;display:flex;gap:.4rem;align-items:center;margin:.2rem 0}
.skills .check input{width:auto;min-height:0}
.secret{margin-top:.8rem;padding:.7rem;background:#fff4d6;border:1px solid #e0a800;border-radius:8px}
.secret code{font-size:1.2rem;user-select:all}
@media (max-width:820px){
  .top{gap:.35rem .5rem}
  .who .sub{display:none}
  .home{grid-template-columns:1fr}
  .home.show-detail .side{display:none}
  .home:not(.show-detail) .detail{display:none}
  .back{display:inline-block}
  .msg{max-width:95%}
  .transcript{max-height:60vh}
  .offer{top:5.5rem}
}
""";
}
