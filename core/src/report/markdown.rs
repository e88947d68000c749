//! The report written out as Markdown, for notes apps: the person's text escaped so it
//! shows as typed and never turns into formatting.

use chrono::NaiveDate;

use super::*;

/// Escapes text so Markdown shows it as typed.
pub fn md_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        if !out.is_empty() {
            out.push_str("  \n");
        }
        let trimmed = line.trim_start();
        let lead = &line[..line.len() - trimmed.len()];
        out.push_str(lead);
        // Markers that only mean something at the start of a line.
        let starts_block = trimmed.starts_with(['#', '>', '-', '+', '='])
            || trimmed
                .split_once(". ")
                .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
        if starts_block {
            out.push('\\');
        }
        for c in trimmed.chars() {
            if matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~'
            ) {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// The report as Markdown.
pub fn to_markdown(report: &Report) -> String {
    let mut md = format!(
        "# {}\n\n_Written by Waymark on {}._\n",
        md_escape(&report.title),
        report.generated_on
    );
    for section in &report.sections {
        md.push_str(&format!("\n## {}\n\n", section.heading));
        for block in &section.blocks {
            match block {
                Block::Text(t) => md.push_str(&format!("{}\n\n", md_escape(t))),
                Block::Fact(label, value) => {
                    md.push_str(&format!("**{label}:** {}\n\n", md_escape(&value.plain())))
                }
                Block::Dated(items) => {
                    for (date, text) in items {
                        md.push_str(&format!("- {date}: {}\n", md_escape(text)));
                    }
                    md.push('\n');
                }
                Block::List(items) => {
                    for item in items {
                        md.push_str(&format!("- {}\n", md_escape(item)));
                    }
                    md.push('\n');
                }
                Block::Entry { date, lines } => {
                    md.push_str(&format!("### {date}\n\n"));
                    for line in lines {
                        md.push_str(&format!("- {}\n", md_escape(line)));
                    }
                    md.push('\n');
                }
                Block::Goal(g) => {
                    md.push_str(&format!("### {}\n\n", md_escape(&g.title)));
                    let mut facts = vec![format!("**Status:** {}", g.status)];
                    if let Some(d) = g.deadline {
                        facts.push(format!("**By:** {d}"));
                    }
                    if let Some(p) = g.progress {
                        facts.push(format!("**Progress:** {p}%"));
                    }
                    md.push_str(&format!("{}\n\n", facts.join(" · ")));
                    if !g.outcome.trim().is_empty() {
                        md.push_str(&format!("{}\n\n", md_escape(&g.outcome)));
                    }
                    if !g.why.is_empty() {
                        md.push_str(&format!(
                            "**Why it matters:** {}\n\n",
                            md_escape(&g.why.join(", "))
                        ));
                    }
                    for m in &g.milestones {
                        let due = m.due.map(|d| format!(" (due {d})")).unwrap_or_default();
                        let mark = if m.done { "x" } else { " " };
                        md.push_str(&format!("- [{mark}] {}{due}\n", md_escape(&m.title)));
                    }
                    if !g.milestones.is_empty() {
                        md.push('\n');
                    }
                    for plan in &g.plans {
                        md.push_str(&format!("> {}\n", md_escape(plan)));
                    }
                    if !g.plans.is_empty() {
                        md.push('\n');
                    }
                }
            }
        }
    }
    md
}

/// The file name for a Markdown export written on `today`.
pub fn markdown_file_name(today: NaiveDate) -> String {
    format!("waymark-workbook-{today}.md")
}
