package org.kpisdk.goals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every preset keeps its vendor's words and colours (each list below is copied from the source the preset's Javadoc
 * cites, not from the code), a band's colour must fit its status, and roll-ups still see a traffic light.
 */
final class VendorColoursTest {
    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    /** {@code ">= 0.7 GREEN/GREEN delivered"}: comparison, threshold, status, colour and label of each band. */
    private static List<String> render(List<Band> bands) {
        List<String> out = new ArrayList<>();
        for (Band b : bands) {
            out.add(b.comparison().symbol() + b.threshold().map(t -> " " + t.toPlainString()).orElse("") + " "
                    + b.status() + "/" + b.colour() + " " + b.label());
        }
        return out;
    }

    static Stream<Arguments> presets() {
        return Stream.of(
                Arguments.of("googleOkr", StatusPolicy.googleOkr(), List.of(
                        ">= 0.7 GREEN/GREEN delivered",
                        ">= 0.4 YELLOW/YELLOW made progress, fell short",
                        "any RED/RED failed to make real progress")),
                Arguments.of("engagedly", StatusPolicy.engagedly(), List.of(
                        "< 16.5 GREEN/GREEN on track",
                        "<= 33 YELLOW/YELLOW behind",
                        "any RED/RED at risk")),
                Arguments.of("recruiterflow", StatusPolicy.recruiterflow(), List.of(
                        ">= 0.99 GREEN/GREEN on track",
                        ">= 0.81 YELLOW/YELLOW behind",
                        "any RED/RED at risk")),
                Arguments.of("innovationMinds", StatusPolicy.innovationMinds(), List.of(
                        ">= 1 GREEN/GREEN on track",
                        ">= 0.9 YELLOW/YELLOW progressing",
                        "any RED/RED off track")),
                Arguments.of("salesScreen", StatusPolicy.salesScreen(), List.of(
                        ">= 1 GREEN/GREEN forecast meets target",
                        ">= 0.5 YELLOW/YELLOW forecast short of target",
                        "any RED/RED forecast far short of target")),
                // "Reading your card": exceeding, reached, needs attention, at risk (orange), critical.
                Arguments.of("dashboardSmashboard", StatusPolicy.dashboardSmashboard(), List.of(
                        ">= 1.05 GREEN/GREEN exceeding",
                        ">= 1 GREEN/GREEN reached",
                        ">= 0.85 YELLOW/YELLOW needs attention",
                        ">= 0.75 YELLOW/ORANGE at risk",
                        "any RED/RED critical")),
                // The KPI visual's good and bad colours.
                Arguments.of("powerBiKpi", StatusPolicy.powerBiKpi(), List.of(
                        ">= 0 GREEN/GREEN good",
                        "any RED/RED bad")),
                Arguments.of("attainment", StatusPolicy.attainment(), List.of(
                        ">= 0.9 YELLOW/YELLOW within 10% of target",
                        "any RED/RED short of target")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void presetsKeepTheirVendorsWordsAndColours(String name, StatusPolicy policy, List<String> expected) {
        assertEquals(expected, render(policy.bands()));
    }

    @Test
    void dashboardSmashboardShowsItsOrangeBandAndRollsItUpAsYellow() {
        // "revenue" is not a catalog id, so the goal states its direction.
        Goal goal = Goal.builder("Revenue to 200").metric("revenue").baseline(bd("0"), LocalDate.of(2026, 1, 1))
                .target(bd("200")).deadline(LocalDate.of(2026, 4, 11))
                .direction(org.kpisdk.core.value.Direction.HIGHER_IS_BETTER).build();
        Assessment a = StatusPolicy.dashboardSmashboard().assess(goal, Optional.of(bd("160")),
                LocalDate.of(2026, 2, 20));
        assertEquals(Status.YELLOW, a.status());
        assertEquals(Colour.ORANGE, a.colour());
        assertEquals("at risk", a.label());
        assertEquals("[DashboardSmashboard] attainment 0.8 = current 160 / target 200; 0.8 >= 0.75 and < 0.85, so "
                + "YELLOW (at risk, orange)", a.explanation());
        Assessment green = StatusPolicy.dashboardSmashboard().assess(goal, Optional.of(bd("210")),
                LocalDate.of(2026, 2, 20));
        assertEquals(Colour.GREEN, green.colour());
        assertEquals(Status.YELLOW, Status.weakest(List.of(green.status(), a.status())));
        // A guard has the colour of its status: too early is grey.
        Assessment early = StatusPolicy.dashboardSmashboard().assess(goal, Optional.of(bd("10")),
                LocalDate.of(2026, 1, 5));
        assertEquals(Status.NONE, early.status());
        assertEquals(Colour.GREY, early.colour());
    }

    @Test
    void eachColourFitsOnlyTheStatusesThatMeanTheSame() {
        for (Colour c : Colour.values()) {
            for (Status s : Status.values()) {
                boolean expected = switch (c) {
                    case BLUE, GREEN -> s == Status.GREEN;
                    case YELLOW, AMBER -> s == Status.YELLOW;
                    case ORANGE -> s == Status.YELLOW || s == Status.RED;
                    case RED -> s == Status.RED;
                    default -> s == Status.NONE;
                };
                assertEquals(expected, c.fits(s), c + " fits " + s);
            }
        }
        assertEquals(Colour.GREEN, Colour.of(Status.GREEN));
        assertEquals(Colour.YELLOW, Colour.of(Status.YELLOW));
        assertEquals(Colour.RED, Colour.of(Status.RED));
        assertEquals(Colour.GREY, Colour.of(Status.NONE));
        assertThrows(NullPointerException.class, () -> Colour.of(null));
        assertThrows(NullPointerException.class, () -> Colour.RED.fits(null));
    }

    @Test
    void aBandTakesItsStatusColourUnlessTheVendorGivesOne() {
        Band plain = Band.atLeast(bd("1"), Status.GREEN, "reached");
        assertEquals(Colour.GREEN, plain.colour());
        Band blue = plain.withColour(Colour.BLUE);
        assertEquals(Colour.BLUE, blue.colour());
        assertEquals(Status.GREEN, blue.status());
        assertEquals("reached", blue.label());
        assertFalse(blue.equals(plain));
        assertEquals(new Band(Band.Comparison.AT_LEAST, Optional.of(bd("1")), Status.GREEN, "reached", Colour.GREEN),
                plain);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Band.otherwise(Status.GREEN, "on track").withColour(Colour.ORANGE));
        assertEquals("colour ORANGE must fit status GREEN (it fits YELLOW or RED), band 'on track'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Band.atMost(bd("2"), Status.RED, "late").withColour(Colour.BLUE));
        assertEquals("colour BLUE must fit status RED (it fits GREEN), band 'late'", e.getMessage());
        assertThrows(NullPointerException.class, () -> plain.withColour(null));
        assertTrue(Band.otherwise(Status.RED, "behind").withColour(Colour.ORANGE).colour() == Colour.ORANGE);
    }

    @Test
    void anAssessmentsColourFitsItsStatus() {
        Assessment a = new Assessment(Status.RED, "late", "band", Optional.empty(), "why");
        assertEquals(Colour.RED, a.colour());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Assessment(Status.NONE, "none", "no_data", Optional.empty(), "why", Colour.GREEN));
        assertEquals("colour GREEN must fit status NONE (it fits GREEN)", e.getMessage());
        assertThrows(NullPointerException.class,
                () -> new Assessment(Status.RED, "late", "band", Optional.empty(), "why", null));
    }

    @Test
    void okrColoursCarryACustomBandsColour() {
        OkrColours blueTop = OkrColours.of("house", List.of(
                Band.atLeast(BigDecimal.ONE, Status.GREEN, "exceeded").withColour(Colour.BLUE),
                Band.atLeast(bd("0.7"), Status.GREEN, "delivered"),
                Band.otherwise(Status.RED, "missed")));
        assertEquals(Colour.BLUE, blueTop.assess(bd("1.1")).colour());
        assertEquals(Colour.GREEN, blueTop.assess(bd("0.8")).colour());
        assertEquals("[house] score 1.1; 1.1 >= 1, so GREEN (exceeded, blue)", blueTop.assess(bd("1.1"))
                .explanation());
    }
}
