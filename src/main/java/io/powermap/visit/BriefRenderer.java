package io.powermap.visit;

import io.powermap.analysis.AnalysisRecords.PathNode;
import io.powermap.analysis.AnalysisRecords.WarmPath;
import io.powermap.io.AccountDocument.Criterion;
import io.powermap.visit.VisitRecords.Action;
import io.powermap.visit.VisitRecords.Brief;
import io.powermap.visit.VisitRecords.Risk;
import io.powermap.visit.VisitRecords.StaffRef;
import io.powermap.visit.VisitRecords.StanceStep;
import io.powermap.visit.VisitRecords.Suggestion;
import io.powermap.visit.VisitRecords.TalkingPoint;
import io.powermap.visit.VisitRecords.TargetBrief;
import io.powermap.visit.VisitRecords.Visit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The brief as one well-formed XHTML page: served as HTML (stylesheet {@code /css/brief.css}, the
 * sub-map as inline SVG; no script, no inline style, so the app's strict CSP holds) and fed to the
 * PDF renderer (the same stylesheet inlined, the sub-map as a PNG). Every user value is escaped.
 */
public final class BriefRenderer {

    public static final String STYLESHEET = "/css/brief.css";

    private final Messages m;

    public BriefRenderer(Messages messages) {
        this.m = messages;
    }

    public String html(Brief brief) {
        return page(brief, "<link rel=\"stylesheet\" href=\"" + STYLESHEET + "\"/>", SubMapDrawing.svg(brief.map(), m));
    }

    /** For the PDF: the stylesheet inlined and the sub-map as an embedded PNG. */
    String xhtmlForPdf(Brief brief, byte[] mapPng) {
        String img = "<img class=\"submap\" alt=\"" + Html.escape(m.get("submap")) + "\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(mapPng) + "\"/>";
        return page(brief, "<style>" + stylesheet() + "</style>", img);
    }

    static String stylesheet() {
        return stylesheet(STYLESHEET);
    }

    /** A stylesheet of the web app (under {@code /web} on the classpath), to inline into a PDF page. */
    public static String stylesheet(String path) {
        try (InputStream in = BriefRenderer.class.getResourceAsStream("/web" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /web" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String page(Brief brief, String styles, String map) {
        Visit v = brief.visit();
        StringBuilder sb = new StringBuilder(16_384);
        sb.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(m.lang()).append("\">")
                .append("<head><meta charset=\"utf-8\"/><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
                .append("<title>").append(e(m.get("title"))).append(" · ").append(e(v.date())).append("</title>")
                .append(styles).append("</head><body class=\"brief lang-").append(m.lang()).append("\">");

        sb.append("<header><h1>").append(e(m.get("title"))).append("</h1><table class=\"facts meta\">");
        fact(sb, m.get("date"), e(v.date()));
        fact(sb, m.get("status"), e(m.of("visitStatus", v.status())));
        if (v.opportunityName() != null) {
            fact(sb, m.get("opportunity"), e(v.opportunityName()));
        }
        fact(sb, m.get("objective"), e(v.objective() == null ? m.get("none") : v.objective()));
        sb.append("</table></header>");

        sb.append("<section class=\"team\"><h2>").append(e(m.get("ourTeam"))).append("</h2><ul>");
        for (StaffRef s : v.staff()) {
            sb.append("<li><strong>").append(e(s.name())).append("</strong>");
            if (s.title() != null) {
                sb.append(", ").append(e(s.title()));
            }
            sb.append(" <span class=\"rank\">(").append(e(m.of("rank", s.rank()))).append(")</span></li>");
        }
        sb.append("</ul></section>");

        sb.append("<section class=\"map\"><h2>").append(e(m.get("submap"))).append("</h2>").append(map)
                .append("<ul class=\"legend\">");
        for (String key : List.of("target", "staff", "person", "risky", "influence", "reports", "path")) {
            sb.append("<li class=\"legend-").append(key).append("\">").append(e(m.get("legend." + key))).append("</li>");
        }
        for (var s : io.powermap.domain.Vocabulary.Stance.values()) {
            sb.append("<li class=\"stance-").append(s.name().toLowerCase(Locale.ROOT)).append("\">")
                    .append(e(SubMapDrawing.mark(s))).append(" ").append(e(m.of("stance", s))).append("</li>");
        }
        sb.append("</ul></section>");

        sb.append("<section class=\"targets\"><h2>").append(e(m.get("targets"))).append("</h2>");
        if (brief.targets().isEmpty()) {
            sb.append("<p>").append(e(m.get("noTargets"))).append("</p>");
        }
        for (TargetBrief t : brief.targets()) {
            target(sb, t);
        }
        sb.append("</section>");

        sb.append("<section class=\"actions\"><h2>").append(e(m.get("actions"))).append("</h2>");
        if (v.actions().isEmpty()) {
            sb.append("<p>").append(e(m.get("noActions"))).append("</p>");
        } else {
            sb.append("<table><thead><tr><th>").append(e(m.get("due"))).append("</th><th>").append(e(m.get("actions")))
                    .append("</th><th>").append(e(m.get("owner"))).append("</th><th>").append(e(m.get("status")))
                    .append("</th><th>").append(e(m.get("compliance"))).append("</th></tr></thead><tbody>");
            for (Action a : v.actions()) {
                sb.append("<tr><td>").append(e(a.due())).append("</td><td><strong>").append(e(m.of("action", a.kind())))
                        .append("</strong>: ").append(e(a.title()));
                if (a.personName() != null) {
                    sb.append(" (").append(e(a.personName())).append(')');
                }
                sb.append("</td><td>").append(e(a.ownerName())).append("</td><td>").append(e(m.of("actionStatus", a.status())))
                        .append("</td><td>").append(e(m.of("complianceRisk", a.complianceRisk())));
                if (a.approvedBy() != null) {
                    sb.append("<br/>").append(e(m.get("approvedBy"))).append(": ").append(e(a.approvedBy()));
                }
                sb.append("</td></tr>");
            }
            sb.append("</tbody></table>");
        }
        sb.append("</section><footer>").append(e(m.get("generated", brief.generatedAt()))).append("</footer></body></html>");
        return sb.toString();
    }

    private void target(StringBuilder sb, TargetBrief t) {
        String stance = t.stance().name().toLowerCase(Locale.ROOT);
        sb.append("<section class=\"target\"><h3>").append(e(t.name())).append(" <span class=\"stance stance-").append(stance)
                .append("\">").append(e(SubMapDrawing.mark(t.stance()))).append(' ').append(e(m.of("stance", t.stance())))
                .append("</span></h3><table class=\"facts\">");
        if (t.title() != null) {
            fact(sb, m.get("rank"), e(t.title()) + " (" + e(m.of("rank", t.rank())) + ")");
        } else {
            fact(sb, m.get("rank"), e(m.of("rank", t.rank())));
        }
        if (!t.orgs().isEmpty()) {
            fact(sb, m.get("orgs"), e(String.join(", ", t.orgs())));
        }
        fact(sb, m.get("role"), e(m.of("role", t.decisionRole())) + (t.hiddenRole() ? " <em>(" + e(m.get("hiddenRole")) + ")</em>" : ""));
        fact(sb, m.get("influence"), String.format(Locale.ROOT, "%.4f", t.decisionInfluence()));
        if (!t.why().isEmpty()) {
            fact(sb, m.get("whyMeet"), e(m.reasons().sentence(t.why())));
        }
        fact(sb, m.get("owners"), e(t.owners().isEmpty() ? m.get("none") : t.owners().stream()
                .map(o -> o.priority() == null ? o.name() : o.name() + " (" + m.get("priority." + o.priority()) + ")")
                .collect(Collectors.joining(", "))));
        fact(sb, m.get("lastContact"), t.lastContact() == null ? e(m.get("never")) : e(m.get("daysAgo", t.lastContact(), String.valueOf(t.daysSinceContact()))));
        if (!t.competitors().isEmpty()) {
            fact(sb, m.get("competitors"), e(String.join(", ", t.competitors())));
        }
        sb.append("</table>");

        sb.append("<h4>").append(e(m.get("path"))).append("</h4>").append(path(t.path()));

        sb.append("<h4>").append(e(m.get("risks"))).append("</h4>");
        if (t.risks().isEmpty()) {
            sb.append("<p>").append(e(m.get("noRisks"))).append("</p>");
        } else {
            sb.append("<ul class=\"risks\">");
            for (Risk r : t.risks()) {
                sb.append("<li class=\"risk risk-").append(r.code().toLowerCase(Locale.ROOT).replace('_', '-')).append("\">")
                        .append(e(m.get("risk." + r.code(), r.name(), r.detail() == null ? "" : r.detail()))).append("</li>");
            }
            sb.append("</ul>");
        }

        sb.append("<h4>").append(e(m.get("talkingPoints"))).append("</h4>");
        if (t.talkingPoints().isEmpty()) {
            sb.append("<p>").append(e(m.get("noTalkingPoints"))).append("</p>");
        } else {
            sb.append("<ul class=\"points\">");
            for (TalkingPoint p : t.talkingPoints()) {
                String label = p.category() == null ? m.get("need") : m.get("criterion." + p.category());
                sb.append("<li><span class=\"label\">").append(e(label)).append(":</span> ").append(e(p.text())).append("</li>");
            }
            sb.append("</ul>");
        }
        if (!t.suggestions().isEmpty()) {
            sb.append("<p class=\"suggestions\"><span class=\"label\">").append(e(m.get("suggestions"))).append(":</span> ")
                    .append(t.suggestions().stream().map(Suggestion::kind).map(k -> e(m.of("action", k))).collect(Collectors.joining(", ")))
                    .append("</p>");
        }

        if (!t.needs().personal().isEmpty()) {
            sb.append("<h4>").append(e(m.get("needsPersonal"))).append("</h4><ul>");
            t.needs().personal().forEach(n -> sb.append("<li>").append(e(n)).append("</li>"));
            sb.append("</ul>");
        }
        if (!t.criteria().isEmpty()) {
            sb.append("<h4>").append(e(m.get("criteria"))).append("</h4><ul>");
            for (Criterion c : t.criteria()) {
                sb.append("<li>").append(e(m.get("criterion." + c.category().name())));
                if (c.note() != null) {
                    sb.append(": ").append(e(c.note()));
                }
                sb.append("</li>");
            }
            sb.append("</ul>");
        }

        sb.append("<h4>").append(e(m.get("stanceHistory"))).append("</h4><ul class=\"history\">");
        for (StanceStep s : t.stanceHistory()) {
            sb.append("<li>").append(e(m.get("stanceWas", m.of("stance", s.stance()), day(s.at()))));
            if (s.by() != null) {
                sb.append(" · ").append(e(s.by()));
            }
            if (s.note() != null) {
                sb.append(" · ").append(e(s.note()));
            }
            sb.append("</li>");
        }
        sb.append("<li><strong>").append(e(m.get("stanceNow", m.of("stance", t.stance())))).append("</strong></li></ul>");
        sb.append("</section>");
    }

    private String path(WarmPath path) {
        if (path == null) {
            return "<p class=\"path none\">" + e(m.get("noPath")) + "</p>";
        }
        List<PathNode> nodes = path.nodes();
        StringBuilder sb = new StringBuilder("<p class=\"path").append(path.risky() ? " risky" : "").append("\">");
        if (nodes.size() <= 2) {
            sb.append(e(m.get("pathDirect", nodes.get(0).name(), nodes.get(nodes.size() - 1).name())));
        } else {
            sb.append(e(m.get("pathVia", nodes.get(nodes.size() - 2).name(), String.format(Locale.ROOT, "%.2f", path.cost()))));
        }
        sb.append("<br/><span class=\"chain\">")
                .append(nodes.stream().map(n -> e(n.name())).collect(Collectors.joining(" \u2192 "))).append("</span>");
        if (path.risky()) {
            sb.append("<br/><strong>").append(e(m.get("riskyPath"))).append("</strong>");
        }
        return sb.append("</p>").toString();
    }

    private static void fact(StringBuilder sb, String label, String escapedValue) {
        sb.append("<tr><th scope=\"row\">").append(e(label)).append("</th><td>").append(escapedValue).append("</td></tr>");
    }

    private static String day(String at) {
        return at == null ? "" : at.length() >= 10 ? at.substring(0, 10) : at;
    }

    private static String e(String s) {
        return Html.escape(s);
    }
}
