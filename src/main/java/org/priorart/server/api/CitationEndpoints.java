package org.priorart.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.priorart.engine.EngineView;
import org.priorart.patent.PatentDocument;

/**
 * {@code GET /api/v1/patents/{id}/cited-by}: the forward citations of a document within the
 * collection, the documents whose backward citations name it (the index keeps each document's cited
 * numbers without kind, so any kind of the cited document matches). With its backward citations
 * (in the document itself), an examiner follows citations both ways from any hit.
 */
public final class CitationEndpoints {

    /** Citing documents listed at most; the total says how many there are. */
    static final int MAX_LISTED = 200;

    private final Backend backend;

    public CitationEndpoints(Backend backend) {
        this.backend = backend;
    }

    /** One citing document. */
    public record Citing(String publicationNumber, String title, String publicationDate) {
    }

    /** The answer: the document, how many documents of the collection cite it, and the first of them. */
    public record CitedBy(String publicationNumber, long total, List<Citing> citedBy) {
    }

    public void citedBy(Context ctx) throws IOException {
        String id = PatentEndpoints.id(ctx);
        PatentDocument doc = backend.search().get(id);
        if (doc == null) {
            throw ApiException.notFound("no document " + id + " in the index");
        }
        try (EngineView view = backend.search().engine().view()) {
            EngineView.Citing citing = view.citing(doc.number(), MAX_LISTED);
            List<Citing> out = new ArrayList<>(citing.first().size());
            for (PatentDocument d : citing.first()) {
                out.add(new Citing(d.number().toString(), d.title(),
                        d.publicationDate() == null ? null : d.publicationDate().toString()));
            }
            ctx.json(new CitedBy(doc.number().toString(), citing.total(), out));
        }
    }
}
