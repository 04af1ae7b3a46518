package org.priorart.server.casework;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.priorart.engine.EngineView;
import org.priorart.error.UserInputException;
import org.priorart.patent.Citation;
import org.priorart.patent.PatentDocument;
import org.priorart.patent.PublicationNumber;
import org.priorart.search.SearchService;

/**
 * "Search among these": the documents of the collection on one side of a document's citations, its
 * backward citations (the cited numbers present in the collection, any kind) or its forward
 * citations (the documents of the collection that cite it), as document keys for the inclusion
 * filter. A case search restricted to them is a numbered set like any other, with the case's
 * cutoff; since the query language has no operand for a list of documents, such a set cannot be
 * combined with L-operands (it says so).
 *
 * @param document    the document whose citations these are, as the collection numbers it
 * @param direction   backward, forward or both
 * @param keys        the keys of the documents, in citation order, none twice
 * @param description the restriction in words, for the answer's notes and the history
 */
public record CitationSet(String document, Direction direction, List<String> keys, String description) {

    /** Documents taken at most from each side: more than any examiner reads through one by one. */
    public static final int MAX_DOCUMENTS = 1000;

    /** Which citations of the document. */
    public enum Direction {
        BACKWARD, FORWARD, BOTH;

        static Direction parse(String s) {
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UserInputException("among", "among.citations must be backward, forward or both, was '"
                        + shorten(s) + "'");
            }
        }
    }

    public CitationSet {
        keys = List.copyOf(keys);
    }

    /**
     * Reads {@code {"document": "US...", "citations": "backward"|"forward"|"both"}} and finds the
     * documents.
     *
     * @throws UserInputException (parameter {@code among}) for a malformed object, an unknown
     *                            document, or citations of which none is in the collection
     */
    public static CitationSet read(JsonNode among, SearchService service) throws IOException {
        if (among == null || !among.isObject()) {
            throw new UserInputException("among", "among must be an object: {\"document\": \"US...\", \"citations\": "
                    + "\"backward\" | \"forward\" | \"both\"}");
        }
        among.fieldNames().forEachRemaining(f -> {
            if (!f.equals("document") && !f.equals("citations")) {
                throw new UserInputException("among", "among has no field '" + shorten(f) + "' (document, citations)");
            }
        });
        JsonNode d = among.get("document");
        PublicationNumber number = d == null || !d.isTextual() ? null : PublicationNumber.tryParse(d.asText());
        if (number == null) {
            throw new UserInputException("among", "among.document must be a publication number, was "
                    + (d == null ? "missing" : "'" + shorten(d.asText()) + "'"));
        }
        JsonNode c = among.get("citations");
        Direction direction = c == null ? Direction.BOTH : Direction.parse(c.isTextual() ? c.asText() : c.toString());
        try (EngineView view = service.engine().view()) {
            PatentDocument doc = view.get(number);
            if (doc == null) {
                throw new UserInputException("among", "no document " + number + " in the index");
            }
            Set<String> keys = new LinkedHashSet<>();
            int backward = 0;
            int forward = 0;
            if (direction != Direction.FORWARD) {
                for (Citation cited : doc.citations()) {
                    PatentDocument found = cited.number() == null ? null : view.get(cited.number());
                    if (found != null && !found.id().equals(doc.id()) && keys.size() < MAX_DOCUMENTS && keys.add(found.id())) {
                        backward++;
                    }
                }
            }
            if (direction != Direction.BACKWARD) {
                for (PatentDocument citing : view.citing(doc.number(), MAX_DOCUMENTS).first()) {
                    if (keys.add(citing.id())) {
                        forward++;
                    }
                }
            }
            String words = switch (direction) {
                case BACKWARD -> documents(backward) + " " + doc.number() + " cites";
                case FORWARD -> documents(forward) + (forward == 1 ? " that cites " : " that cite ") + doc.number();
                case BOTH -> documents(keys.size()) + " " + doc.number() + " cites or is cited by";
            };
            if (keys.isEmpty()) {
                throw new UserInputException("among", "none of the " + direction.name().toLowerCase(Locale.ROOT)
                        + " citations of " + doc.number() + " is in the collection: nothing to search among");
            }
            return new CitationSet(doc.number().toString(), direction, List.copyOf(keys), words + " in the collection");
        }
    }

    private static String documents(int n) {
        return n == 1 ? "the 1 document" : "the " + n + " documents";
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
