package org.priorart.server.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The claim-splitting rule, on the kinds of claims examiners chart. */
class TestClaimElements {

    private static List<String> texts(List<ClaimElement> elements) {
        return elements.stream().map(ClaimElement::text).toList();
    }

    private static List<String> labels(List<ClaimElement> elements) {
        return elements.stream().map(ClaimElement::label).toList();
    }

    @Test
    void anIndependentClaimSplitsAtTheTransitionSemicolonsAndWherein() {
        String claim = "1. A lithium ion battery comprising: an anode of porous silicon particles; a cathode; and "
                + "a carbon coating on the particles, wherein the coating limits the swelling of the silicon.";
        List<ClaimElement> e = ClaimElements.split(claim);
        assertEquals(List.of("A lithium ion battery comprising", "an anode of porous silicon particles", "a cathode",
                "a carbon coating on the particles", "wherein the coating limits the swelling of the silicon"), texts(e));
        assertEquals(List.of("pre", "a", "b", "c", "d"), labels(e));
        for (ClaimElement x : e) {
            assertEquals(x.text(), claim.substring(x.start(), x.end()), "offsets point into the claim");
        }
    }

    /** Issue 17, defect 7: "folded", "cut" and the stretch result were one element. */
    @Test
    void aResultClauseAndASecondLimitationOfTheSameThingAreElementsOfTheirOwn() {
        String claim = "1. A flexible and stretchable battery comprising an assembly having an anode side and a cathode "
                + "side separated by a separator and sealed in a packaging, wherein the assembly is in a folded "
                + "configuration and contains at least one cut therein, such that when the assembly is unfolded and "
                + "subjected to subsequent deformation, a final folded state of the battery is able to stretch beyond a "
                + "flat planar state of the battery in all dimensions.";
        assertEquals(List.of("A flexible and stretchable battery comprising",
                "an assembly having an anode side and a cathode side separated by a separator and sealed in a packaging",
                "wherein the assembly is in a folded configuration", "contains at least one cut therein",
                "such that when the assembly is unfolded and subjected to subsequent deformation, a final folded state of "
                        + "the battery is able to stretch beyond a flat planar state of the battery in all dimensions"),
                texts(ClaimElements.split(claim)));
    }

    @Test
    void lineBreaksSeparateElementsAsSemicolonsDo() {
        String claim = "1. A method of forming a film, the method comprising:\nselectively depositing a metal film; and\n"
                + "providing a vapor of an organic ligand to the film.";
        assertEquals(List.of("A method of forming a film, the method comprising", "selectively depositing a metal film",
                "providing a vapor of an organic ligand to the film"), texts(ClaimElements.split(claim)));
    }

    @Test
    void aDependentClaimHasItsReferenceAsPreambleAndEachWhereinAsAnElement() {
        String claim = "2. The battery of claim 1, wherein the anode is porous, and wherein the coating is graphite.";
        assertEquals(List.of("The battery of claim 1", "wherein the anode is porous", "wherein the coating is graphite"),
                texts(ClaimElements.split(claim)));
        String further = "3. The method of claim 2, further comprising heating the substrate to 300 C.";
        assertEquals(List.of("The method of claim 2, further comprising", "heating the substrate to 300 C"),
                texts(ClaimElements.split(further)));
    }

    @Test
    void characterizedInThatAndConsistingOfAreTransitions() {
        assertEquals(List.of("A valve consisting of", "a body", "a seat"),
                texts(ClaimElements.split("A valve consisting of a body; a seat.")));
        assertEquals(List.of("Device with a housing, characterized in that", "the housing is sealed by a gasket"),
                texts(ClaimElements.split("Device with a housing, characterized in that the housing is sealed by a gasket.")));
        // "including" inside an element is not a transition; "including:" is.
        assertEquals(List.of("A kit comprising", "a housing including a lid", "a tray"),
                texts(ClaimElements.split("A kit comprising a housing including a lid; a tray")));
    }

    @Test
    void aClaimWithoutAnySplitPointIsOneElement() {
        List<ClaimElement> e = ClaimElements.split("A lithium ion battery with a silicon anode.");
        assertEquals(List.of("A lithium ion battery with a silicon anode"), texts(e));
        assertEquals(List.of("a"), labels(e));
    }

    @Test
    void oneWordPiecesJoinTheElementBefore() {
        assertEquals(List.of("A system comprising", "a pump; thereof"),
                texts(ClaimElements.split("A system comprising: a pump; thereof")));
    }

    @Test
    void givenElementsAreChartedAsGiven() {
        List<ClaimElement> e = ClaimElements.given(List.of(" an anode ", "", "a cathode"));
        assertEquals(List.of("an anode", "a cathode"), texts(e));
        assertEquals(List.of("a", "b"), labels(e));
        assertNull(e.get(0).start());
    }

    @Test
    void emptyAndOverlongClaimsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ClaimElements.split("  "));
        assertThrows(IllegalArgumentException.class, () -> ClaimElements.split("1. ;;; ,"));
        String many = "A thing comprising: " + "a part of it; ".repeat(40);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClaimElements.split(many));
        assertTrue(e.getMessage().contains("at most 30"), e.getMessage());
        assertEquals("aa", ClaimElements.letters(26));
    }
}
