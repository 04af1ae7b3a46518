package org.priorart.patent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestClaimText {

    @Test
    void independentClaim() {
        Claim c = ClaimText.parse(1, "1. A method of profiling endarterectomy patients, comprising:");
        assertEquals(1, c.number());
        assertTrue(c.independent());
        assertEquals("A method of profiling endarterectomy patients, comprising:", c.text());
    }

    @Test
    void dependencyWordings() {
        assertEquals(List.of(1), ClaimText.parse(2, "2. A method as claimed in claim 1, wherein").dependsOn());
        assertEquals(List.of(1, 2, 3), ClaimText.parse(4, "4. The device of any one of claims 1-3, wherein").dependsOn());
        assertEquals(List.of(1, 2, 3, 4), ClaimText.parse(5, "5. The device of any of claims 1 to 4").dependsOn());
        assertEquals(List.of(1, 3), ClaimText.parse(6, "6. The device of claim 1 or 3").dependsOn());
        assertEquals(List.of(1, 2, 3), ClaimText.parse(4, "4. A device according to any preceding claim").dependsOn());
    }

    @Test
    void numberFromTextWinsOverPosition() {
        Claim c = ClaimText.parse(3, "7. The system of claim 5.");
        assertEquals(7, c.number());
        assertEquals(List.of(5), c.dependsOn());
    }

    @Test
    void aDecimalIsNotAClaimNumber() {
        Claim c = ClaimText.parse(4, "1.5 grams of silicon per cell, as in claim 2.");
        assertEquals(4, c.number());
        assertEquals("1.5 grams of silicon per cell, as in claim 2.", c.text());
    }

    @Test
    void forwardReferencesAreNotDependencies() {
        // "claim 9" in claim 2 cannot be a dependency (claims depend on earlier claims only)
        assertTrue(ClaimText.parse(2, "2. A kit for use in the method of claim 9.").independent());
    }
}
