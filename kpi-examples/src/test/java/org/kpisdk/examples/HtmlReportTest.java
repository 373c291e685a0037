package org.kpisdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.kpisdk.goals.Assessment;
import org.kpisdk.goals.Goal;
import org.kpisdk.goals.Objective;
import org.kpisdk.goals.OkrColours;
import org.kpisdk.goals.ScorecardRow;
import org.kpisdk.goals.Status;
import org.kpisdk.goals.StatusPolicy;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The HTML report parses as XML (XHTML), has every section, and carries the demo's values. */
final class HtmlReportTest {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final Demo.Result RESULT = Demo.compute(SampleData.generate(SampleData.SEED), Progress.silent());
    private static final String HTML = HtmlReport.render(RESULT);

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document doc, String ns, String name) {
        NodeList nodes = doc.getElementsByTagNameNS(ns, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    @Test
    void isWellFormedXhtmlWithEverySection() throws Exception {
        Document doc = parse(HTML);
        assertEquals("html", doc.getDocumentElement().getLocalName());
        assertEquals(XHTML, doc.getDocumentElement().getNamespaceURI());
        List<String> ids = new ArrayList<>();
        for (Element h2 : elements(doc, XHTML, "h2")) {
            ids.add(h2.getAttribute("id"));
        }
        assertEquals(List.of("trends", "scorecard", "funnel", "attribution", "okrs", "smart", "changes", "anomalies"),
                ids);
    }

    @Test
    void isSelfContained() {
        assertFalse(HTML.contains("<script"), "no script");
        assertFalse(HTML.contains("src=") || HTML.contains("href=") || HTML.contains("url("), "no external resource");
        assertFalse(HTML.replace("http://www.w3.org/1999/xhtml", "").replace("http://www.w3.org/2000/svg", "")
                .contains("http"), "no link to anything but the two namespace names");
    }

    @Test
    void hasATrendLineWithAForecastBandPerTrendMetricFunnelBarsAndAttributionBars() throws Exception {
        Document doc = parse(HTML);
        int trends = RESULT.trends().size();
        assertEquals(trends + 2, elements(doc, SVG, "svg").size());
        assertEquals(trends, count(doc, "polygon", "forecast-band"));
        assertEquals(trends, count(doc, "polyline", "trend"));
        assertEquals(trends, count(doc, "polyline", "forecast"));
        assertEquals(RESULT.funnelResult().counts().size(), count(doc, "rect", "funnel-bar"));
        assertEquals(SampleData.CHANNELS.size() * 3, count(doc, "rect", "attribution-bar"));
        for (Element polygon : elements(doc, SVG, "polygon")) {
            // the band runs out through the three forecast points and back: 1 + 2 × 3 vertices
            assertEquals(7, polygon.getAttribute("points").trim().split(" ").length);
        }
    }

    private static int count(Document doc, String element, String cssClass) {
        int n = 0;
        for (Element e : elements(doc, SVG, element)) {
            if (e.getAttribute("class").equals(cssClass)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void scorecardTableColoursEveryStatusAndShowsItsReason() throws Exception {
        Document doc = parse(HTML);
        Map<Status, Integer> coloured = new EnumMap<>(Status.class);
        List<String> cells = new ArrayList<>();
        for (Element td : elements(doc, XHTML, "td")) {
            cells.add(td.getTextContent());
            for (Status s : Status.values()) {
                if (td.getAttribute("class").equals(s.name()) && td.getTextContent().equals(s.name())) {
                    coloured.merge(s, 1, Integer::sum);
                }
            }
        }
        Map<Status, Integer> expected = new EnumMap<>(Status.class);
        for (ScorecardRow row : RESULT.scorecard().rows()) {
            expected.merge(row.status().status(), 1, Integer::sum);
            assertTrue(cells.contains(row.status().explanation()), row.status().explanation());
        }
        // OKR objectives add one coloured cell each
        for (Objective o : RESULT.okrs()) {
            expected.merge(OkrColours.forType(o.type()).assess(o.score()).status(), 1, Integer::sum);
        }
        for (Status s : Status.values()) {
            assertEquals(expected.getOrDefault(s, 0), coloured.getOrDefault(s, 0), s.name());
        }
    }

    @Test
    void aStatusCellShowsTheVendorsColourWhereItHasOne() throws Exception {
        // "revenue" is not a catalog id, so the goal states its direction.
        Goal goal = Goal.builder("Revenue to 200").metric("revenue")
                .baseline(BigDecimal.ZERO, LocalDate.of(2026, 1, 1)).target(new BigDecimal("200"))
                .deadline(LocalDate.of(2026, 4, 11)).direction(org.kpisdk.core.value.Direction.HIGHER_IS_BETTER)
                .build();
        // Attainment 160 / 200 = 0.8: DashboardSmashboard's orange "at risk", rolled up as YELLOW.
        Assessment orange = StatusPolicy.dashboardSmashboard().assess(goal, Optional.of(new BigDecimal("160")),
                LocalDate.of(2026, 2, 20));
        assertEquals("<td class=\"YELLOW\" style=\"background:#ffd2a6\" title=\"at risk, orange\">YELLOW</td>",
                HtmlReport.statusCell(orange));
        Element td = parse(HtmlReport.statusCell(orange)).getDocumentElement();   // well-formed XML
        assertEquals("YELLOW", td.getAttribute("class"));
        assertEquals("at risk, orange", td.getAttribute("title"));
        // A band in its status's own colour keeps the plain class.
        Assessment green = StatusPolicy.dashboardSmashboard().assess(goal, Optional.of(new BigDecimal("200")),
                LocalDate.of(2026, 2, 20));
        assertEquals("<td class=\"GREEN\">GREEN</td>", HtmlReport.statusCell(green));
        // The text report names the colour the same way.
        assertEquals("YELLOW (orange)", TextReport.status(orange));
        assertEquals("GREEN", TextReport.status(green));
    }

    @Test
    void attributionTableCarriesTheRevenueAndRoiOfEveryModel() throws Exception {
        Document doc = parse(HTML);
        List<String> cells = new ArrayList<>();
        for (Element td : elements(doc, XHTML, "td")) {
            cells.add(td.getTextContent());
        }
        for (String model : RESULT.attribution().models()) {
            for (String channel : SampleData.CHANNELS) {
                assertTrue(cells.contains(RESULT.attribution().credit(channel, model).revenue().amount()
                        .toPlainString()), channel + " " + model);
                assertTrue(cells.contains(Demo.roi(RESULT.roiByModel().get(model).get(channel))), channel + model);
            }
        }
    }

    @Test
    void escapesMarkup() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot;", HtmlReport.esc("a <b> & \"c\""));
    }
}
