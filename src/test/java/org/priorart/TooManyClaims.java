package org.priorart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.io.IOException;

/**
 * A real document (the first of the Pap2Pat sample, US20190198391) with its first claim repeated as
 * 10,000 independent claims: what a broken converter or an attacker sends.
 */
public final class TooManyClaims {

    public static final String NUMBER = "US20190198391";
    public static final int CLAIMS = 10_000;

    private TooManyClaims() {
    }

    /** The document as one JSON line. */
    public static String json() {
        try {
            ObjectNode doc = (ObjectNode) new ObjectMapper().readTree(TestData.lines(TestData.PAP2PAT, 1).get(0));
            if (!NUMBER.equals(doc.path("id").asText())) {
                throw new IllegalStateException("the Pap2Pat sample no longer starts with " + NUMBER);
            }
            String first = doc.path("claims").path(0).asText().replaceFirst("^\\s*1\\s*\\.\\s*", "");
            ArrayNode claims = doc.putArray("claims");
            for (int i = 1; i <= CLAIMS; i++) {
                claims.add(i + ". " + first);
            }
            return doc.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
