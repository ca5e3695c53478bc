/// The frame every HTML report shares: one self-contained page with its stylesheet inline.
///
/// Pages are written as XHTML-compatible HTML5 (every element closed, void elements
/// self-closed, attributes double-quoted, only the five XML entities), so a test can parse
/// them back with an XML parser. They carry no script, no external resource of any kind
/// (fonts are the reader's own), and print cleanly.
enum HTMLPage {
    /// A whole document: `title` (already escaped) and `body` (markup) inside the shared frame.
    static func document(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="grade"/>
        <title>\(title)</title>
        <style>
        \(stylesheet)
        </style>
        </head>
        <body>
        <main class="page">
        \(body)
        </main>
        </body>
        </html>

        """
    }

    /// A status chip: symbol and word, so the status never rests on colour alone.
    static func chip(_ status: RuleStatus, text: String? = nil) -> String {
        "<span class=\"chip chip-\(status.rawValue)\"><span aria-hidden=\"true\">\(symbol(status))</span> \(text ?? status.rawValue)</span>"
    }

    /// A path as escaped text with a break opportunity after every `/`, so a long path wraps
    /// at its folders instead of in the middle of a name.
    static func path(_ path: String) -> String {
        "<span class=\"path\">" + path.split(separator: "/", omittingEmptySubsequences: false)
            .map { HTMLEscaping.text(String($0)) }.joined(separator: "/<wbr/>") + "</span>"
    }

    /// ✓ ◐ ✗.
    static func symbol(_ status: RuleStatus) -> String {
        switch status {
        case .addressed: return "✓"
        case .mentioned: return "◐"
        case .missing: return "✗"
        }
    }

    /// The legend of the coverage chart's colours, in words.
    static var legend: String {
        let items = RuleStatus.allCases.map { status in
            "<li><span class=\"swatch swatch-\(status.rawValue)\" aria-hidden=\"true\"></span>\(status.rawValue)</li>"
        }
        return "<ul class=\"legend\" aria-hidden=\"true\">" + items.joined() + "</ul>"
    }

    /// The stylesheet: system fonts, light colours with enough contrast, a layout that
    /// stacks tables into cards on a phone, and print rules. No `url(…)`, no `@import`.
    static let stylesheet = """
        :root {
          --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --paper: #ffffff; --canvas: #f6f8fa;
          --accent: #0b57d0;
          --addressed: #1a7f37; --addressed-bg: #dafbe1;
          --mentioned: #8a5a00; --mentioned-bg: #fff1c2; --mentioned-bar: #d4a72c;
          --missing: #b42318; --missing-bg: #fee4e2; --missing-bar: #e5e7eb;
          --strong: #1a7f37; --solid: #0969da; --developing: #bf8700; --needs-work: #cf222e;
        }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body {
          margin: 0; background: var(--canvas); color: var(--ink);
          font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
        }
        .page { max-width: 1040px; margin: 0 auto; padding: 24px 16px 48px; }
        a { color: var(--accent); }
        h1, h2, h3 { line-height: 1.25; }
        h1 { font-size: 1.75rem; margin: 0 0 4px; }
        h2 { font-size: 1.3rem; margin: 0 0 12px; }
        h3 { font-size: 1.05rem; margin: 20px 0 8px; }
        .card {
          background: var(--paper); border: 1px solid var(--line); border-radius: 12px;
          padding: 20px 24px; margin: 0 0 20px;
        }
        .crumb { margin: 0 0 12px; font-size: 0.95rem; }
        .eyebrow { margin: 0; color: var(--muted); font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.06em; }
        .meta { margin: 0 0 12px; color: var(--muted); overflow-wrap: anywhere; }
        .hero { display: flex; gap: 24px; align-items: center; }
        .hero-text { flex: 1; min-width: 0; }
        .gauge { flex: none; width: 160px; height: 160px; }
        .gauge-track { stroke: #e6e9ee; }
        .gauge-fill.band-strong { stroke: var(--strong); }
        .gauge-fill.band-solid { stroke: var(--solid); }
        .gauge-fill.band-developing { stroke: var(--developing); }
        .gauge-fill.band-needs-work { stroke: var(--needs-work); }
        .gauge-score { font-size: 38px; font-weight: 700; fill: var(--ink); }
        .gauge-scale { font-size: 13px; fill: var(--muted); }
        .band { display: inline-block; white-space: nowrap; font-weight: 700; padding: 2px 10px; border-radius: 999px; color: #fff; }
        .band-strong { background: var(--strong); }
        .band-solid { background: var(--solid); }
        .band-developing { background: #9a6700; }
        .band-needs-work { background: var(--needs-work); }
        .scoreline { margin: 8px 0; font-size: 1.1rem; }
        .counts, .legend { list-style: none; margin: 8px 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 8px 16px; }
        .chip {
          display: inline-block; white-space: nowrap; font-size: 0.85rem; font-weight: 600;
          padding: 1px 10px; border-radius: 999px; border: 1px solid transparent;
        }
        .chip-addressed { color: var(--addressed); background: var(--addressed-bg); border-color: #aceebb; }
        .chip-mentioned { color: var(--mentioned); background: var(--mentioned-bg); border-color: #f5d77a; }
        .chip-missing { color: var(--missing); background: var(--missing-bg); border-color: #fbc5c0; }
        .delta { display: inline-block; font-weight: 700; }
        .delta-up { color: var(--addressed); }
        .delta-down { color: var(--missing); }
        .jump { margin: 12px 0 0; }
        .note { background: #fff8c5; border: 1px solid #eac54f; border-radius: 8px; padding: 8px 12px; margin: 0 0 8px; }
        .chart { display: block; width: 100%; max-width: 480px; height: auto; margin: 4px 0 8px; }
        .bar-label { font-size: 11px; fill: var(--ink); }
        .bar-value { font-size: 11px; font-weight: 700; fill: var(--ink); }
        .bar-track { fill: var(--missing-bar); }
        .bar-addressed { fill: var(--addressed); }
        .bar-mentioned { fill: var(--mentioned-bar); }
        .bar-missing { fill: var(--missing-bar); }
        .legend { margin: 0 0 12px; font-size: 0.85rem; color: var(--muted); }
        .legend li { display: flex; align-items: center; gap: 6px; }
        .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; border: 1px solid #9aa4ae; }
        .swatch-addressed { background: var(--addressed); }
        .swatch-mentioned { background: var(--mentioned-bar); }
        .swatch-missing { background: var(--missing-bar); }
        .axis { stroke: #9aa4ae; stroke-width: 1; }
        .hist-bar.band-strong { fill: var(--strong); }
        .hist-bar.band-solid { fill: var(--solid); }
        .hist-bar.band-developing { fill: var(--developing); }
        .hist-bar.band-needs-work { fill: var(--needs-work); }
        .hist-count { font-size: 13px; font-weight: 700; fill: var(--ink); }
        .hist-label { font-size: 12px; fill: var(--muted); }
        .table-wrap { overflow-x: auto; }
        table { width: 100%; border-collapse: collapse; font-size: 0.95rem; }
        th, td { text-align: left; vertical-align: top; padding: 8px 10px; border-bottom: 1px solid var(--line); }
        thead th { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); border-bottom-width: 2px; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tbody th[scope="row"] { font-weight: 600; overflow-wrap: break-word; }
        .rules tbody th[scope="row"] { width: 24%; min-width: 11em; }
        tr.group th { background: var(--canvas); font-size: 0.95rem; padding-top: 10px; }
        tfoot th, tfoot td { font-weight: 700; border-bottom: none; }
        .rules td.status { white-space: nowrap; }
        .evidence { list-style: none; margin: 0; padding: 0; }
        .evidence li { margin: 0 0 6px; overflow-wrap: anywhere; }
        .evidence li:last-child { margin-bottom: 0; }
        .line { display: inline-block; font-size: 0.8rem; color: var(--muted); font-variant-numeric: tabular-nums; margin-right: 4px; }
        .role { font-size: 0.8rem; color: var(--muted); }
        .negated q { text-decoration: line-through; text-decoration-color: var(--missing); }
        .explain { display: block; font-size: 0.8rem; color: var(--muted); }
        q { quotes: "“" "”"; }
        mark { background: #fff1c2; color: inherit; padding: 0 1px; border-radius: 2px; }
        .none { color: var(--muted); }
        .advice { margin: 0; padding-left: 1.5em; }
        .advice li { margin: 0 0 12px; }
        .advice .gain { font-weight: 700; color: var(--addressed); white-space: nowrap; }
        .advice p { margin: 2px 0 0; }
        .advice .chip { font-size: 0.75rem; }
        .expand { margin: 0; padding-left: 1.2em; }
        .expand li { margin: 0 0 6px; overflow-wrap: break-word; }
        .where { color: var(--muted); font-size: 0.9rem; }
        .path { overflow-wrap: break-word; }
        .chart-note { margin: 0; color: var(--muted); font-size: 0.85rem; }
        footer { color: var(--muted); font-size: 0.85rem; text-align: center; margin-top: 24px; }
        @media (max-width: 640px) {
          .page { padding: 12px 10px 32px; }
          .card { padding: 16px 14px; border-radius: 10px; }
          .hero { flex-direction: column; align-items: flex-start; gap: 8px; }
          .gauge { width: 128px; height: 128px; }
          h1 { font-size: 1.45rem; }
          table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
          table.stack, table.stack tbody, table.stack tfoot, table.stack tr, table.stack th { display: block; width: 100%; }
          table.stack td { display: inline-block; margin-right: 10px; }
          table.stack td.block { display: block; width: 100%; margin: 4px 0 0; }
          table.stack td.after::before { content: "→ "; }
          table.stack td.rank { display: none; }
          table.stack tr { border-bottom: 1px solid var(--line); padding: 8px 0; }
          table.stack tr.group { border-bottom: none; padding: 0; }
          table.stack th, table.stack td { border-bottom: none; padding: 2px 4px; text-align: left; }
          table.stack td.num { text-align: left; }
          .rules tbody th[scope="row"] { width: 100%; min-width: 0; }
          table.stack td[data-label]::before { content: attr(data-label) " "; color: var(--muted); font-size: 0.8rem; }
          table.stack tfoot tr { border-bottom: none; }
        }
        @media print {
          body { background: #fff; font-size: 11pt; }
          .page { max-width: none; padding: 0; }
          .card { border: none; border-radius: 0; padding: 0; margin: 0 0 16pt; }
          .crumb, .jump { display: none; }
          a { color: inherit; text-decoration: none; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          tr, li, .hero, .figure, svg { break-inside: avoid; }
          h2, h3 { break-after: avoid; }
          .table-wrap { overflow: visible; }
        }
        """
}
