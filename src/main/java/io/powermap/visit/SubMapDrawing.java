package io.powermap.visit;

import io.powermap.domain.Vocabulary.Stance;
import io.powermap.visit.VisitRecords.MapEdge;
import io.powermap.visit.VisitRecords.MapNode;
import io.powermap.visit.VisitRecords.SubMap;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Draws a laid-out sub-map (the brief's focused map, the account report's overview and pages): as
 * SVG for the page (presentation attributes only, so the strict CSP needs no inline style) and as
 * a PNG for the PDF. Meaning is carried by shape, line style and a stance mark as well as colour:
 * staff are rounded boxes, targets large circles, opposed or competitor-aligned people have a
 * dashed outline, influence is dashed, formal lines solid; a cluster (an org) is a pale circle
 * with its head count, and aggregated ties between clusters are grey lines, wider and labelled
 * with their count.
 */
public final class SubMapDrawing {

    private SubMapDrawing() {}

    /** Okabe–Ito colours, safe for colour-blind readers; the mark inside repeats the stance. */
    public static String fill(Stance s) {
        if (s == null) {
            return "#0072B2";
        }
        return switch (s) {
            case OPPOSED -> "#D55E00";
            case NEUTRAL -> "#D9D9D9";
            case FAVORABLE -> "#F0E442";
            case SUPPORTIVE -> "#56B4E9";
            case CHAMPION -> "#009E73";
        };
    }

    public static String mark(Stance s) {
        if (s == null) {
            return "";
        }
        return switch (s) {
            case OPPOSED -> "\u2212";
            case NEUTRAL -> "0";
            case FAVORABLE -> "+";
            case SUPPORTIVE -> "++";
            case CHAMPION -> "+++";
        };
    }

    static double radius(MapNode n) {
        return switch (n.kind()) {
            case "target" -> 20;
            case "cluster" -> Math.min(34, 12 + 3 * Math.sqrt(n.count()));
            default -> 13;
        };
    }

    static double aggregateWidth(MapEdge e) {
        return 1 + 1.5 * Math.log(Math.max(1, e.weight())) / Math.log(2);
    }

    public static String svg(SubMap map, Messages m) {
        Map<String, MapNode> byId = new HashMap<>();
        map.nodes().forEach(n -> byId.put(n.id(), n));
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"submap\" viewBox=\"0 0 ")
                .append(num(map.width())).append(' ').append(num(map.height() + 40)).append("\" role=\"img\" aria-label=\"")
                .append(Html.escape(m.get("submap"))).append("\">");
        sb.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#444444\"/></marker></defs>");
        for (MapEdge e : map.edges()) {
            MapNode a = byId.get(e.from());
            MapNode b = byId.get(e.to());
            if (a == null || b == null) {
                continue;
            }
            double[] l = shorten(a, b);
            sb.append("<line x1=\"").append(num(l[0])).append("\" y1=\"").append(num(l[1])).append("\" x2=\"").append(num(l[2]))
                    .append("\" y2=\"").append(num(l[3])).append('"');
            switch (e.kind()) {
                case "AGGREGATE" -> sb.append(" stroke=\"#7A8694\" stroke-opacity=\"0.7\" stroke-width=\"").append(num(aggregateWidth(e))).append('"');
                case "PATH" -> sb.append(" stroke=\"#0072B2\" stroke-width=\"3.5\" stroke-opacity=\"0.55\"");
                case "REPORTS_TO" -> sb.append(" stroke=\"#666666\" stroke-width=\"1.2\"");
                default -> sb.append(" stroke=\"#444444\" stroke-width=\"1\" stroke-dasharray=\"5 3\" marker-end=\"url(#arrow)\"");
            }
            sb.append("/>");
            if ("AGGREGATE".equals(e.kind())) {
                sb.append("<text x=\"").append(num((l[0] + l[2]) / 2)).append("\" y=\"").append(num((l[1] + l[3]) / 2 + 3))
                        .append("\" text-anchor=\"middle\" font-size=\"9\" fill=\"#333333\">").append(e.weight()).append("</text>");
            }
        }
        for (MapNode n : map.nodes()) {
            double r = radius(n);
            String stroke = n.risky() ? " stroke=\"#A00000\" stroke-width=\"2.5\" stroke-dasharray=\"4 2\"" : " stroke=\"#333333\" stroke-width=\"1.2\"";
            if ("cluster".equals(n.kind())) {
                sb.append("<circle cx=\"").append(num(n.x())).append("\" cy=\"").append(num(n.y())).append("\" r=\"").append(num(r))
                        .append("\" fill=\"#E3ECF5\" stroke=\"#00466E\" stroke-width=\"1.5\"/>");
                sb.append("<text x=\"").append(num(n.x())).append("\" y=\"").append(num(n.y() + 4))
                        .append("\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"bold\" fill=\"#111111\">")
                        .append(n.count()).append("</text>");
            } else if ("staff".equals(n.kind())) {
                sb.append("<rect x=\"").append(num(n.x() - 22)).append("\" y=\"").append(num(n.y() - 12))
                        .append("\" width=\"44\" height=\"24\" rx=\"6\" fill=\"#0072B2\" stroke=\"#00466E\"/>");
            } else {
                sb.append("<circle cx=\"").append(num(n.x())).append("\" cy=\"").append(num(n.y())).append("\" r=\"").append(num(r))
                        .append("\" fill=\"").append(fill(n.stance())).append('"').append(stroke).append("/>");
                if ("target".equals(n.kind())) {
                    sb.append("<circle cx=\"").append(num(n.x())).append("\" cy=\"").append(num(n.y())).append("\" r=\"").append(num(r + 4))
                            .append("\" fill=\"none\" stroke=\"#333333\" stroke-width=\"1.5\"/>");
                }
                sb.append("<text x=\"").append(num(n.x())).append("\" y=\"").append(num(n.y() + 4))
                        .append("\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"bold\" fill=\"#111111\">")
                        .append(Html.escape(mark(n.stance()))).append("</text>");
            }
            sb.append("<text x=\"").append(num(n.x())).append("\" y=\"").append(num(n.y() + r + 15))
                    .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#111111\"")
                    .append("target".equals(n.kind()) ? " font-weight=\"bold\"" : "").append('>')
                    .append(Html.escape(n.name())).append("</text>");
        }
        sb.append("</svg>");
        return sb.toString();
    }

    /** The same drawing rasterised at {@code scale} for the PDF, which has no SVG renderer. */
    public static byte[] png(SubMap map, BriefFonts fonts, double scale) {
        int w = (int) Math.ceil(map.width() * scale);
        int h = (int) Math.ceil((map.height() + 40) * scale);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(scale, scale);
            Map<String, MapNode> byId = new HashMap<>();
            map.nodes().forEach(n -> byId.put(n.id(), n));
            for (MapEdge e : map.edges()) {
                MapNode a = byId.get(e.from());
                MapNode b = byId.get(e.to());
                if (a == null || b == null) {
                    continue;
                }
                double[] l = shorten(a, b);
                switch (e.kind()) {
                    case "AGGREGATE" -> {
                        g.setColor(new Color(0x7A, 0x86, 0x94, 180));
                        g.setStroke(new BasicStroke((float) aggregateWidth(e)));
                        g.draw(new Line2D.Double(l[0], l[1], l[2], l[3]));
                        text(g, fonts, String.valueOf(e.weight()), (l[0] + l[2]) / 2, (l[1] + l[3]) / 2 + 3, false, 9f);
                    }
                    case "PATH" -> {
                        g.setColor(new Color(0, 0x72, 0xB2, 140));
                        g.setStroke(new BasicStroke(3.5f));
                        g.draw(new Line2D.Double(l[0], l[1], l[2], l[3]));
                    }
                    case "REPORTS_TO" -> {
                        g.setColor(new Color(0x66, 0x66, 0x66));
                        g.setStroke(new BasicStroke(1.2f));
                        g.draw(new Line2D.Double(l[0], l[1], l[2], l[3]));
                    }
                    default -> {
                        g.setColor(new Color(0x44, 0x44, 0x44));
                        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{5f, 3f}, 0f));
                        g.draw(new Line2D.Double(l[0], l[1], l[2], l[3]));
                        arrow(g, l);
                    }
                }
            }
            for (MapNode n : map.nodes()) {
                double r = radius(n);
                if ("cluster".equals(n.kind())) {
                    Ellipse2D c = new Ellipse2D.Double(n.x() - r, n.y() - r, 2 * r, 2 * r);
                    g.setColor(Color.decode("#E3ECF5"));
                    g.fill(c);
                    g.setColor(Color.decode("#00466E"));
                    g.setStroke(new BasicStroke(1.5f));
                    g.draw(c);
                    text(g, fonts, String.valueOf(n.count()), n.x(), n.y() + 4, true);
                } else if ("staff".equals(n.kind())) {
                    g.setColor(Color.decode("#0072B2"));
                    g.fill(new RoundRectangle2D.Double(n.x() - 22, n.y() - 12, 44, 24, 12, 12));
                } else {
                    Ellipse2D c = new Ellipse2D.Double(n.x() - r, n.y() - r, 2 * r, 2 * r);
                    g.setColor(Color.decode(fill(n.stance())));
                    g.fill(c);
                    if (n.risky()) {
                        g.setColor(new Color(0xA0, 0, 0));
                        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{4f, 2f}, 0f));
                    } else {
                        g.setColor(new Color(0x33, 0x33, 0x33));
                        g.setStroke(new BasicStroke(1.2f));
                    }
                    g.draw(c);
                    if ("target".equals(n.kind())) {
                        g.setColor(new Color(0x33, 0x33, 0x33));
                        g.setStroke(new BasicStroke(1.5f));
                        g.draw(new Ellipse2D.Double(n.x() - r - 4, n.y() - r - 4, 2 * r + 8, 2 * r + 8));
                    }
                    text(g, fonts, mark(n.stance()), n.x(), n.y() + 4, true);
                }
                text(g, fonts, n.name(), n.x(), n.y() + r + 15, "target".equals(n.kind()));
            }
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Graphics2D g, BriefFonts fonts, String s, double x, double y, boolean bold) {
        text(g, fonts, s, x, y, bold, 11f);
    }

    private static void text(Graphics2D g, BriefFonts fonts, String s, double x, double y, boolean bold, float size) {
        Font[] faces = fonts.awt();
        Font base = faces[0].canDisplayUpTo(s) == -1 ? faces[0] : faces[1];
        Font f = base.deriveFont(bold ? Font.BOLD : Font.PLAIN, size);
        g.setFont(f);
        g.setColor(new Color(0x11, 0x11, 0x11));
        FontMetrics fm = g.getFontMetrics();
        g.drawString(s, (float) (x - fm.stringWidth(s) / 2.0), (float) y);
    }

    private static void arrow(Graphics2D g, double[] l) {
        double angle = Math.atan2(l[3] - l[1], l[2] - l[0]);
        Path2D.Double head = new Path2D.Double();
        head.moveTo(l[2], l[3]);
        head.lineTo(l[2] - 7 * Math.cos(angle - 0.4), l[3] - 7 * Math.sin(angle - 0.4));
        head.lineTo(l[2] - 7 * Math.cos(angle + 0.4), l[3] - 7 * Math.sin(angle + 0.4));
        head.closePath();
        g.fill(head);
    }

    /** The segment between two nodes, stopped at their outlines so arrow heads stay visible. */
    private static double[] shorten(MapNode a, MapNode b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double len = Math.max(1e-6, Math.hypot(dx, dy));
        double ra = "staff".equals(a.kind()) ? 22 : radius(a) + ("target".equals(a.kind()) ? 4 : 0);
        double rb = "staff".equals(b.kind()) ? 22 : radius(b) + ("target".equals(b.kind()) ? 4 : 0);
        return new double[]{a.x() + dx / len * ra, a.y() + dy / len * ra, b.x() - dx / len * rb, b.y() - dy / len * rb};
    }

    private static String num(double d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d);
    }
}
