package org.priorart.ingest.uspto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PersonNamesTest {

    @Test
    void greenBookNamesAreTurnedAround() {
        assertEquals("Everette E. Daniels", PersonNames.fromFamilyFirst("Daniels; Everette E."));
        assertEquals("George H. Miller, Jr.", PersonNames.fromFamilyFirst("Miller, Jr.; George H."));
        assertEquals("Shimadzu Corporation", PersonNames.fromFamilyFirst("Shimadzu Corporation"));
        assertEquals("Cher", PersonNames.fromFamilyFirst("Cher;"));
        assertNull(PersonNames.fromFamilyFirst(null));
    }

    @Test
    void namePartsAreJoined() {
        assertEquals("James A. Savage III", PersonNames.join(" James\n", "A.", "Savage", "III"));
        assertEquals("Wayne Lin", PersonNames.join("Wayne", null, " ", "Lin"));
        assertNull(PersonNames.join(null, " "));
    }
}
