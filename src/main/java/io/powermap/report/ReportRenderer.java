package io.powermap.report;

import io.powermap.analysis.AnalysisRecords.Analysis;
import io.powermap.analysis.AnalysisRecords.Blocker;
import io.powermap.analysis.AnalysisRecords.Broker;
import io.powermap.analysis.AnalysisRecords.Coach;
import io.powermap.analysis.AnalysisRecords.Hidden;
import io.powermap.analysis.AnalysisRecords.Member;
import io.powermap.analysis.AnalysisRecords.RedFlag;
import io.powermap.domain.Vocabulary.Stance;
import io.powermap.report.ReportRecords.Group;
import io.powermap.report.ReportRecords.Overview;
import io.powermap.report.ReportRecords.Report;
import io.powermap.report.ReportRecords.Row;
import io.powermap.report.ReportRecords.Section;
import io.powermap.visit.BriefRenderer;
import io.powermap.visit.Html;
import io.powermap.visit.Messages;
import io.powermap.visit.SubMapDrawing;
import io.powermap.visit.VisitRecords.SubMap;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The account map report as one well-formed XHTML page: served as HTML (stylesheet
 * {@code /css/report.css}, maps as inline SVG, no script or inline style, so the strict CSP holds)
 * and fed to the PDF renderer (stylesheet inlined, maps as PNG). Cover, overview map, findings,
 * then one A4 page per section of the map; each section starts a page and keeps its map whole.
 */
public final class ReportRenderer {

    public static final String STYLESHEET = "/css/report.css";
    static final int PEOPLE_PER_ROW = 3;
    /** A person's second line is cut to one line of a third of the A4 width at the table's font size. */
    static final int SUB_CHARS = 38;
    /** Findings lists longer than this end with "and N more" (the app has them all). */
    static final int LIST_MAX = 25;

    private final Messages m;

    public ReportRenderer(Messages messages) {
        this.m = messages;
    }

    public String html(Report report) {
        return page(report, "<link rel=\"stylesheet\" href=\"" + STYLESHEET + "\"/>", map -> SubMapDrawing.svg(map, m));
    }

    String xhtmlForPdf(Report report, Function<SubMap, byte[]> png) {
        return page(report, "<style>" + BriefRenderer.stylesheet(STYLESHEET) + "</style>",
                map -> "<img class=\"map\" alt=\"" + e(m.get("report.mapAlt")) + "\" src=\"data:image/png;base64,"
                        + Base64.getEncoder().encodeToString(png.apply(map)) + "\"/>");
    }

    private String page(Report r, String styles, Function<SubMap, String> drawing) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(m.lang()).append("\">")
                .append("<head><meta charset=\"utf-8\"/><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
                .append("<title>").append(e(m.get("report.title"))).append(" · ").append(e(r.accountName())).append("</title>")
                .append(styles).append("</head><body class=\"report lang-").append(m.lang()).append("\">");
        cover(sb, r);
        sb.append("<section class=\"overview\"><h2>").append(e(m.get("report.overview"))).append("</h2><p class=\"note\">")
                .append(e(m.get("report.overviewNote"))).append("</p><div class=\"drawing\">").append(drawing.apply(r.overviewMap()))
                .append("</div><table class=\"groups\"><thead><tr><th>").append(e(m.get("report.group.org"))).append("</th><th>")
                .append(e(m.get("report.group.people"))).append("</th><th>").append(e(m.get("report.group.inside"))).append("</th><th>")
                .append(e(m.get("report.group.out"))).append("</th></tr></thead><tbody>");
        for (Group g : r.groups()) {
            sb.append("<tr><td>").append(e(g.name())).append("</td><td class=\"num\">").append(g.people()).append("</td><td class=\"num\">")
                    .append(g.tiesInside()).append("</td><td class=\"num\">").append(g.tiesOut()).append("</td></tr>");
        }
        sb.append("</tbody></table></section>");
        findings(sb, r.analysis());
        for (Section s : r.sections()) {
            section(sb, s, drawing);
        }
        sb.append("</body></html>");
        return sb.toString();
    }

    private void cover(StringBuilder sb, Report r) {
        Overview o = r.overview();
        sb.append("<section class=\"cover\"><p class=\"kicker\">").append(e(m.get("report.title"))).append("</p><h1>")
                .append(e(r.accountName())).append("</h1><table class=\"facts\">");
        fact(sb, m.get("date"), e(r.generatedAt().substring(0, 10)));
        fact(sb, m.get("opportunity"), e(r.opportunityName() == null ? m.get("report.allDeals") : r.opportunityName()));
        fact(sb, m.get("report.pages"), e(m.get("report.pageCount", r.sections().size(), ReportLayout.PER_PAGE)));
        sb.append("</table><h2>").append(e(m.get("report.numbers"))).append("</h2><table class=\"numbers\">");
        number(sb, "people", o.people());
        number(sb, "orgs", o.orgs());
        number(sb, "influence", o.influenceTies());
        number(sb, "formal", o.formalLines());
        number(sb, "chain", o.decisionChain());
        number(sb, "coaches", o.coaches());
        number(sb, "blockers", o.blockers());
        number(sb, "hidden", o.hidden());
        number(sb, "redFlags", o.redFlags());
        sb.append("</table><h2>").append(e(m.get("report.legend"))).append("</h2><ul class=\"legend\">");
        for (String key : List.of("report.legend.cluster", "report.legend.aggregate", "legend.influence", "legend.reports", "legend.risky")) {
            sb.append("<li>").append(e(m.get(key))).append("</li>");
        }
        for (Stance s : Stance.values()) {
            sb.append("<li class=\"stance-").append(s.name().toLowerCase(Locale.ROOT)).append("\">")
                    .append(e(SubMapDrawing.mark(s))).append(' ').append(e(m.of("stance", s))).append("</li>");
        }
        sb.append("</ul><p class=\"note\">").append(e(m.get("report.legend.names", ReportLayout.PER_PAGE))).append("</p>")
                .append("<p class=\"generated\">").append(e(m.get("generated", r.generatedAt()))).append("</p></section>");
    }

    private void number(StringBuilder sb, String key, int value) {
        sb.append("<tr><th scope=\"row\">").append(e(m.get("report.n." + key))).append("</th><td class=\"num\">").append(value).append("</td></tr>");
    }

    private void findings(StringBuilder sb, Analysis a) {
        sb.append("<section class=\"findings\"><h2>").append(e(m.get("report.findings"))).append("</h2>");
        block(sb, "report.chain", a.coverage().members().isEmpty());
        if (!a.coverage().members().isEmpty()) {
            head(sb, "report.name", "role", "stance", "owners", "lastContact");
            for (Member p : first(a.coverage().members())) {
                String role = m.of("role", p.decisionRole()) + (p.hiddenRole() ? " (" + m.get("hiddenRole") + ")" : "");
                String contact = p.lastContact() == null ? m.get("never")
                        : m.get("daysAgo", p.lastContact(), String.valueOf(p.daysSinceContact()));
                row(sb, p.name(), role, stance(p.stance()), p.owners().isEmpty() ? m.get("none") : String.join(", ", p.owners()), contact);
            }
            sb.append("</tbody></table>");
            more(sb, a.coverage().members().size());
        }
        block(sb, "report.hidden", a.hidden().isEmpty());
        if (!a.hidden().isEmpty()) {
            head(sb, "report.name", "report.score", "report.reason");
            for (Hidden h : first(a.hidden())) {
                row(sb, h.name(), String.format(Locale.ROOT, "%.2f", h.score()), m.reasons().sentence(h.why()));
            }
            sb.append("</tbody></table>");
            more(sb, a.hidden().size());
        }
        block(sb, "report.coaches", a.coaches().isEmpty());
        if (!a.coaches().isEmpty()) {
            head(sb, "report.name", "stance", "report.reason");
            for (Coach c : first(a.coaches())) {
                row(sb, c.name(), stance(c.stance()), m.reasons().sentence(c.why()));
            }
            sb.append("</tbody></table>");
            more(sb, a.coaches().size());
        }
        block(sb, "report.blockers", a.blockers().isEmpty());
        if (!a.blockers().isEmpty()) {
            head(sb, "report.name", "stance", "competitors", "report.reason");
            for (Blocker b : first(a.blockers())) {
                row(sb, b.name(), stance(b.stance()), b.competitors().isEmpty() ? m.get("none") : String.join(", ", b.competitors()), m.reasons().sentence(b.why()));
            }
            sb.append("</tbody></table>");
            more(sb, a.blockers().size());
        }
        block(sb, "report.brokers", a.brokers().isEmpty());
        if (!a.brokers().isEmpty()) {
            head(sb, "report.name", "report.reason");
            for (Broker b : first(a.brokers())) {
                row(sb, b.name(), m.reasons().sentence(b.why()));
            }
            sb.append("</tbody></table>");
            more(sb, a.brokers().size());
        }
        block(sb, "report.redFlags", a.coverage().redFlags().isEmpty());
        if (!a.coverage().redFlags().isEmpty()) {
            sb.append("<ul class=\"flags\">");
            for (RedFlag f : first(a.coverage().redFlags())) {
                sb.append("<li>").append(e(m.reasons().sentence(f.why()))).append("</li>");
            }
            sb.append("</ul>");
            more(sb, a.coverage().redFlags().size());
        }
        sb.append("</section>");
    }

    private static <T> List<T> first(List<T> list) {
        return list.size() <= LIST_MAX ? list : list.subList(0, LIST_MAX);
    }

    private void more(StringBuilder sb, int total) {
        if (total > LIST_MAX) {
            sb.append("<p class=\"more\">").append(e(m.get("report.more", total - LIST_MAX))).append("</p>");
        }
    }

    /** A findings heading, with "none found" under it when the list is empty. */
    private void block(StringBuilder sb, String key, boolean empty) {
        sb.append("<h3>").append(e(m.get(key))).append("</h3>");
        if (empty) {
            sb.append("<p class=\"none\">").append(e(m.get("report.noneFound"))).append("</p>");
        }
    }

    private void head(StringBuilder sb, String... keys) {
        sb.append("<table class=\"list\"><thead><tr>");
        for (String k : keys) {
            sb.append("<th>").append(e(m.get(k))).append("</th>");
        }
        sb.append("</tr></thead><tbody>");
    }

    private static void row(StringBuilder sb, String... cells) {
        sb.append("<tr>");
        for (String c : cells) {
            sb.append("<td>").append(e(c)).append("</td>");
        }
        sb.append("</tr>");
    }

    private String stance(Stance s) {
        Stance v = s == null ? Stance.NEUTRAL : s;
        return SubMapDrawing.mark(v) + " " + m.of("stance", v);
    }

    /** One page of the map: heading, the drawing, then its people, three to a row. */
    private void section(StringBuilder sb, Section s, Function<SubMap, String> drawing) {
        String title = s.title() != null ? s.title() : m.get("report.orgsOf", s.path().isEmpty() ? m.get("report.topLevel") : s.path().get(s.path().size() - 1),
                s.orgNames().size());
        sb.append("<section class=\"page\" data-people=\"").append(s.people().size()).append("\"><h2>").append(e(title));
        if (s.parts() > 1) {
            sb.append(" <span class=\"part\">(").append(e(m.get(s.part() > 1 ? "report.continued" : "report.part", s.part(), s.parts())))
                    .append(")</span>");
        }
        sb.append("</h2>");
        if (!s.path().isEmpty()) {
            sb.append("<p class=\"path\">").append(e(String.join(" \u203A ", s.path()))).append("</p>");
        }
        if (s.title() == null) {
            sb.append("<p class=\"orgs\">").append(e(String.join(" \u00B7 ", s.orgNames()))).append("</p>");
        }
        sb.append("<p class=\"count\">").append(e(m.get("report.pagePeople", s.people().size()))).append("</p>")
                .append("<div class=\"drawing\">").append(drawing.apply(s.map())).append("</div><table class=\"people\"><tbody>");
        List<Row> rows = s.people();
        for (int i = 0; i < rows.size(); i += PEOPLE_PER_ROW) {
            sb.append("<tr>");
            for (int k = i; k < i + PEOPLE_PER_ROW; k++) {
                if (k < rows.size()) {
                    person(sb, rows.get(k), s.several());
                } else {
                    sb.append("<td></td>");
                }
            }
            sb.append("</tr>");
        }
        sb.append("</tbody></table></section>");
    }

    /** Name and stance, then title, decision role and (on a page of several orgs) the org, on one short line. */
    private void person(StringBuilder sb, Row p, boolean withOrg) {
        sb.append("<td><strong>").append(e(p.name())).append("</strong> <span class=\"mark\">").append(e(SubMapDrawing.mark(p.stance())))
                .append("</span><br/><span class=\"sub\">");
        List<String> parts = new ArrayList<>();
        parts.add(m.of("stance", p.stance()));
        if (p.role() != null) {
            parts.add(m.of("role", p.role()));
        }
        if (p.title() != null) {
            parts.add(p.title());
        } else if (p.rank() != null) {
            parts.add(m.of("rank", p.rank()));
        }
        if (withOrg) {
            parts.add(p.org());
        }
        sb.append(e(cut(String.join(" \u00B7 ", parts), SUB_CHARS))).append("</span></td>");
    }

    private static String cut(String s, int max) {
        int[] cps = s.codePoints().toArray();
        return cps.length <= max ? s : new String(cps, 0, max - 1) + "\u2026";
    }

    private static void fact(StringBuilder sb, String label, String escapedValue) {
        sb.append("<tr><th scope=\"row\">").append(e(label)).append("</th><td>").append(escapedValue).append("</td></tr>");
    }

    private static String e(String s) {
        return Html.escape(s);
    }
}
