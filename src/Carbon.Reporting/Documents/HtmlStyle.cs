namespace Carbon.Reporting.Documents;

/// <summary>
/// The report's inline style sheet: a CJK-first font stack so Chinese renders on every platform, tables with
/// right-aligned tabular figures, and print rules (A4, no breaks inside tables and charts, traces expanded where the
/// browser supports <c>::details-content</c>). No <c>&amp;</c> or <c>&lt;</c>, so the page stays well-formed XML.
/// </summary>
internal static class HtmlStyle
{
    public const string Css = """
:root { color-scheme: light; }
body { margin: 0; background: #ffffff; color: #1a1a1a; font: 14px/1.55 "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "WenQuanYi Micro Hei", "Noto Sans", "Segoe UI", Arial, sans-serif; }
main { max-width: 1040px; margin: 0 auto; padding: 24px 28px 40px; }
h1 { font-size: 1.55em; line-height: 1.3; margin: 0 0 12px; padding-bottom: 8px; border-bottom: 3px solid #2f6f4f; }
h2 { font-size: 1.25em; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid #c8d6cc; color: #1f4d36; }
h3 { font-size: 1.05em; margin: 18px 0 6px; }
h4, h5, h6 { font-size: 1em; margin: 14px 0 6px; color: #333333; }
p { margin: 6px 0; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 14px; font-size: 13px; }
caption { text-align: left; font-weight: 700; padding: 4px 0; }
th, td { border: 1px solid #c8c8c8; padding: 4px 8px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eef3ef; font-weight: 600; }
th.num, td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; overflow-wrap: normal; }
tr.total td { font-weight: 700; background: #f6f7f2; }
.callout { margin: 10px 0; padding: 8px 12px; border-left: 4px solid #2f6f4f; background: #eef3ef; }
.callout.warning { border-color: #b36b00; background: #fff4e0; }
.callout.error { border-color: #b00020; background: #fdecee; font-weight: 600; }
.figures { display: flex; flex-wrap: wrap; gap: 10px; margin: 10px 0 16px; }
.figure { flex: 1 1 200px; border: 1px solid #c8d6cc; border-radius: 4px; padding: 8px 12px; }
.figure .label { color: #444444; font-size: 12px; }
.figure .value { font-size: 1.35em; font-weight: 700; font-variant-numeric: tabular-nums; }
.figure .unit { font-size: 0.7em; font-weight: 400; margin-left: 4px; color: #444444; }
figure.chart { margin: 8px 0 16px; }
figure.chart svg { max-width: 100%; height: auto; display: block; }
figure.chart figcaption { font-size: 12px; color: #555555; margin-top: 2px; }
.traces details { margin: 4px 0; padding: 4px 10px; border: 1px solid #dddddd; border-radius: 4px; }
.traces summary { cursor: pointer; font-weight: 600; }
.traces ul, ul.data { margin: 4px 0; padding-left: 22px; }
footer { margin-top: 28px; padding-top: 8px; border-top: 1px solid #c8c8c8; color: #555555; font-size: 12px; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2, h3, h4, caption { break-after: avoid; }
  tr, figure.chart, .figure, .callout { break-inside: avoid; }
  thead { display: table-header-group; }
  .traces details { border: none; padding: 0 0 0 4px; }
  .traces details::details-content { content-visibility: visible; display: block; }
  th { background: #eeeeee; }
}
""";
}
