package org.priorart.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which queries are plain descriptions (free text in semantic and hybrid mode) and which are examiner queries. */
class TestPlainQuery {

    @Test
    void descriptionsArePlain() {
        for (String q : new String[] {
            "power storage unit having a Si negative pole and a non-fluid ionic conductor",
            "lithium anode",
            "battery",
            "a cell with a cover, or without one, not near the same edge",
            "And so on; adj. values: 3,5-dimethyl groups.",
            "comprising: a battery",
            "Not only the anode but the cathode"}) {
            assertTrue(PlainQuery.isPlain(q), q);
        }
    }

    @Test
    void examinerSyntaxIsNot() {
        for (String q : new String[] {
            "lithium AND anode", "lithium OR anode", "NOT cobalt battery", "anode WITH silicon", "anode SAME silicon",
            "anode NEAR silicon", "anode ADJ silicon", "anode w/3 silicon", "anode near5 silicon", "anode 3n silicon",
            "anode W/3 silicon", "\"lithium ion\" battery", "(lithium anode)", "batter*", "colo$1r", "adapt?r",
            "TI=battery", "ti:battery", "CPC=H01M", "PD<2015", "a 100W lamp", "xy:battery", "anode W/0 silicon",
            "\"unterminated phrase"}) {
            assertFalse(PlainQuery.isPlain(q), q);
        }
        assertFalse(PlainQuery.isPlain(null));
        assertFalse(PlainQuery.isPlain("   "));
    }
}
