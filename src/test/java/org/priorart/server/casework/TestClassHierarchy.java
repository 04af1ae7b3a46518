package org.priorart.server.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.priorart.error.UserInputException;

/** A CPC symbol's levels, with the titles of the USPTO sample scheme (A01L) and none elsewhere. */
class TestClassHierarchy {

    @Test
    void aSubgroupHasFiveLevelsEachWithItsSearchPrefix() {
        ClassHierarchy.Place p = ClassHierarchy.of("H01M 10/0525");
        assertEquals("H01M10/0525", p.symbol());
        assertEquals(List.of("section", "class", "subclass", "group", "subgroup"),
                p.levels().stream().map(ClassHierarchy.Level::level).toList());
        assertEquals(List.of("H", "H01", "H01M", "H01M10", "H01M10/0525"),
                p.levels().stream().map(ClassHierarchy.Level::prefix).toList());
        assertEquals("H01M10/00", p.levels().get(3).symbol());
        p.levels().forEach(l -> assertNull(l.title(), l.symbol() + " has no title in the data"));
    }

    @Test
    void theSampleSchemeGivesTitlesWithoutItsReferences() {
        ClassHierarchy.Place p = ClassHierarchy.of("A01L1/04");
        assertEquals("SHOEING OF ANIMALS", p.levels().get(2).title());
        assertEquals("Shoes for horses or other solipeds fastened with nails", p.levels().get(3).title());
        assertEquals("Solid horseshoes consisting of multiple parts", p.levels().get(4).title());
        assertEquals(3, ClassHierarchy.of("A01L").levels().size());
        assertEquals(4, ClassHierarchy.of("A01L1/00").levels().size(), "a main group is its own last level");
    }

    @Test
    void anythingElseIsAUserErrorNamingTheSymbol() {
        for (String bad : List.of("", "H01", "battery", "H01M10/", "Z99Z")) {
            UserInputException e = assertThrows(UserInputException.class, () -> ClassHierarchy.of(bad), bad);
            assertEquals("symbol", e.parameter());
        }
    }
}
