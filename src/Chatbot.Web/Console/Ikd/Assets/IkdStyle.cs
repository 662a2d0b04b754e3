namespace Chatbot.Web.OperatorConsole;

/// <summary>
/// The IKD pages' style (/console/ikd/assets/ikd.css), on top of the console's own app.css (same colours, buttons,
/// cards, tables): fill and progress bars, the session list, the check-in page's big controls (usable with a thumb on a
/// 360 px phone, nothing wider than the screen), the invitation code.
/// </summary>
internal static class IkdStyle
{
    public const string Text = """
body.ikd main{max-width:1100px}
.ikd .top{min-width:0}
.ikd #nav{min-width:0}
.page-head{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem}
.page-head h1{margin:.25rem 0}
.range{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end}
.range label{display:flex;flex-direction:column;font-size:.85rem;color:var(--muted)}
[hidden]{display:none !important}
.field-error{margin:.2rem 0 0;color:var(--red);font-size:.88rem;font-weight:600}
.field-error:empty{display:none}
.form-error{margin:.6rem 0 0;padding:.5rem .7rem;color:var(--red);background:#fdecec;border-radius:8px;font-weight:600}
.form-error:empty{display:none}
.invalid{border-color:var(--red) !important;background:#fff8f8}
.notice{margin:.4rem 0 0;padding:.45rem .7rem;background:#e3f1ea;color:var(--green-d);border-radius:8px;font-weight:600}
.notice:empty{display:none}
.grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(13rem,1fr));gap:0 1rem}
.ikd .form{max-width:46rem}
.capacity{margin:.6rem 0 0;padding:.5rem .7rem;background:#f4f8f6;border:1px dashed #b7dac7;border-radius:8px}
.capacity strong{font-size:1.25rem}
.chips{display:flex;flex-wrap:wrap;gap:.3rem;margin:.3rem 0}
.chip{display:inline-flex;align-items:center;gap:.2rem;padding:.1rem .2rem .1rem .6rem;background:#e3f1ea;border-radius:999px;font-size:.9rem}
.chip button{min-height:0;padding:0 .4rem;background:transparent;border:0;color:var(--green-d);font-size:1rem;line-height:1.4}
.add-inline{display:flex;flex-wrap:wrap;gap:.4rem;margin-top:.4rem}
.add-inline input{flex:1 1 12rem;width:auto}
.day h2{display:flex;justify-content:space-between;gap:.5rem;flex-wrap:wrap}
.session{padding:.7rem 0;border-top:1px solid var(--line)}
.session:first-of-type{border-top:0}
.session.cancelled{opacity:.75}
.session .line1{display:flex;flex-wrap:wrap;gap:.3rem .6rem;align-items:center}
.session .time{font-weight:700;font-size:1.05rem}
.session p{margin:.15rem 0;overflow-wrap:anywhere}
.session .acts{display:flex;flex-wrap:wrap;gap:.4rem;margin-top:.45rem}
.fill{position:relative;height:.6rem;background:#e8ecea;border-radius:999px;overflow:hidden;max-width:24rem;margin:.25rem 0}
.fill>span{position:absolute;left:0;top:0;bottom:0;background:var(--green);border-radius:999px}
.fill.full>span{background:#b35c00}
.fill.big{height:1rem;max-width:none}
.bs-Booked{background:#dbeafe;color:#1e40af}.bs-Activated{background:#dcfce7;color:#166534}
.bs-Failed{background:#fee2e2;color:#991b1b}.bs-NoShow{background:#e8ecea;color:#374151}.bs-Cancelled{background:#fde2e2;color:#7f1d1d}
.ss-Open{background:#dcfce7;color:#166534}.ss-Cancelled{background:#fee2e2;color:#991b1b}
.reserved{background:#ede9fe;color:#5b21b6}
dialog{border:0;border-radius:12px;padding:1rem;max-width:min(92vw,30rem);box-shadow:0 8px 30px rgba(0,0,0,.3)}
dialog::backdrop{background:rgba(0,0,0,.35)}
dialog textarea{margin:.3rem 0}
dialog .acts{display:flex;flex-wrap:wrap;gap:.5rem;justify-content:flex-end;margin-top:.6rem}
/* check-in: one column, big targets, nothing wider than a phone */
.checkin{max-width:34rem;margin:0 auto}
.checkin .search-row{display:flex;gap:.5rem}
.checkin .search-row input{flex:1 1 auto;min-width:0;font-size:1.25rem;padding:.8rem;min-height:3.4rem;letter-spacing:.02em}
.checkin .search-row button{font-size:1.1rem;min-height:3.4rem;padding:.6rem 1rem}
.checkin .found h2{font-size:1.3rem;overflow-wrap:anywhere}
.outcomes{display:grid;grid-template-columns:1fr;gap:.6rem;margin-top:.8rem}
.outcomes button,.big-button{width:100%;min-height:3.6rem;font-size:1.2rem}
button.ok{background:#0e8a53;border-color:#0e8a53}
button.warn{background:#55625c;border-color:#55625c}
.reasons{display:grid;grid-template-columns:1fr 1fr;gap:.5rem;margin:.5rem 0;border:0;padding:0}
.reasons legend{font-weight:600;margin-bottom:.3rem}
.reasons label{display:flex;align-items:center;gap:.5rem;padding:.7rem .6rem;border:2px solid var(--line);border-radius:10px;background:#fff;font-weight:600;min-height:3.2rem;cursor:pointer}
.reasons label:has(input:checked){border-color:var(--red);background:#fdecec}
.reasons input{width:1.2rem;height:1.2rem;min-height:0;margin:0;flex:none}
.result{padding:1rem;border-radius:12px;margin-bottom:.8rem;font-size:1.05rem;overflow-wrap:anywhere}
.result .big{font-size:1.5rem}
.result.r-Activated{background:#dcfce7;color:#14532d;border:2px solid #16a34a}
.result.r-Failed{background:#fee2e2;color:#7f1d1d;border:2px solid #dc2626}
.result.r-NoShow{background:#eef1ef;color:#1f2937;border:2px solid #6b7280}
.result p{margin:.2rem 0}
.warning{padding:.5rem .7rem;background:#fff4d6;border:1px solid #e0a800;border-radius:8px}
/* progress */
.areas{display:grid;grid-template-columns:repeat(auto-fit,minmax(19rem,1fr));gap:.8rem}
.areas .card{margin:0}
.stat{display:flex;justify-content:space-between;gap:.5rem;border-bottom:1px dashed var(--line);padding:.2rem 0}
.stat span:last-child{font-weight:700}
.legend{display:flex;flex-wrap:wrap;gap:.8rem;font-size:.85rem;color:var(--muted);margin:.3rem 0}
.legend i{display:inline-block;width:.8rem;height:.8rem;border-radius:3px;margin-right:.3rem;vertical-align:-1px}
.legend .k-a,.chart .b-a{background:var(--green);fill:var(--green)}
.legend .k-f,.chart .b-f{background:#dc2626;fill:#dc2626}
.legend .k-n,.chart .b-n{background:#9ca3af;fill:#9ca3af}
.chart .grid{stroke:#e5e9e7}
/* groups */
.invite{margin:.6rem 0;padding:1rem;background:#fff4d6;border:2px solid #e0a800;border-radius:12px}
.invite .code{display:block;font-size:2rem;letter-spacing:.08em;user-select:all;overflow-wrap:anywhere}
.invite .say{font-size:1.1rem;font-weight:600;margin:.4rem 0}
.roster-help{font-family:ui-monospace,monospace;font-size:.85rem}
.ikd th{overflow-wrap:normal}
.ikd td.code{white-space:nowrap}
tr.clickable{cursor:pointer}
tr.clickable:hover{background:#f4f8f6}
tr.selected{background:#e3f1ea}
@media (max-width:820px){
  .ikd .top{position:static}
  .ikd #nav a{padding:.2rem .4rem;font-size:.9rem}
  .ikd .who .sub{display:none}
  .reasons{grid-template-columns:1fr}
}
""";
}
