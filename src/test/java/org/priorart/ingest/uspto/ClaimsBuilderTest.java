package org.priorart.ingest.uspto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.priorart.patent.Claim;

class ClaimsBuilderTest {

    private static ClaimsBuilder.RawClaim raw(String id, int declared, String text, String... refs) {
        return new ClaimsBuilder.RawClaim(id, declared, text, List.of(refs));
    }

    @Test
    void printedNumbersAreRemovedFromTheText() {
        List<Claim> claims = ClaimsBuilder.build(List.of(
                raw(null, 0, "1. A method."),
                raw(null, 0, "2) The method of claim 1."),
                raw(null, 0, "3.The method of claim 2, wherein"),
                raw(null, 0, "4-10. (canceled)"),
                raw(null, 0, "11 . A device.")));
        assertEquals(List.of(1, 2, 3, 4, 11), claims.stream().map(Claim::number).toList());
        assertEquals(List.of("A method.", "The method of claim 1.", "The method of claim 2, wherein", "(canceled)", "A device."),
                claims.stream().map(Claim::text).toList());
    }

    @Test
    void aNumberThatIsPartOfTheTextStays() {
        Claim c = ClaimsBuilder.build(List.of(raw("CLM-00007", 0, "1.5 grams of a compound as in claim 3"))).get(0);
        assertEquals(7, c.number(), "from the id, as the text starts with no claim number");
        assertEquals("1.5 grams of a compound as in claim 3", c.text());
        assertEquals(List.of(3), c.dependsOn());
    }

    @Test
    void markupReferencesAreCompletedByTheWording() {
        List<Claim> claims = ClaimsBuilder.build(List.of(
                raw("CLM-00001", 1, "1. A method."),
                raw("CLM-00002", 2, "2. A method."),
                raw("CLM-00003", 3, "3. A method."),
                raw("CLM-00004", 4, "4. The method of any of claims 1 to 3.", "CLM-00001", "CLM-00003")));
        assertEquals(List.of(1, 2, 3), claims.get(3).dependsOn(), "'claims 1 to 3' marks up only 1 and 3");
    }

    @Test
    void referencesToLaterOrUnknownClaimsAreIgnored() {
        List<Claim> claims = ClaimsBuilder.build(List.of(
                raw("CLM-00001", 1, "1. A method, see the product.", "CLM-00002"),
                raw("CLM-00002", 2, "2. A product.", "CLM-00001", "bogus")));
        assertEquals(List.of(), claims.get(0).dependsOn());
        assertEquals(List.of(1), claims.get(1).dependsOn());
    }

    @Test
    void claimsWithoutAnyNumberAreNumberedInOrder() {
        List<Claim> claims = ClaimsBuilder.build(List.of(raw(null, 0, "A lamp."), raw(null, 0, "The lamp of claim 1.")));
        assertEquals(List.of(1, 2), claims.stream().map(Claim::number).toList());
        assertEquals(List.of(1), claims.get(1).dependsOn());
    }
}
