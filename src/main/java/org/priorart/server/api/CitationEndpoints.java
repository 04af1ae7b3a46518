package org.priorart.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.priorart.index.IndexFields;
import org.priorart.index.PatentIndex;
import org.priorart.patent.PatentDocument;
import org.priorart.search.Json;

/**
 * {@code GET /api/v1/patents/{id}/cited-by}: the forward citations of a document within the
 * collection, the documents whose backward citations name it (the index keeps each document's cited
 * numbers without kind, so any kind of the cited document matches). With its backward citations
 * (in the document itself), an examiner follows citations both ways from any hit.
 */
public final class CitationEndpoints {

    /** Citing documents listed at most; the total says how many there are. */
    static final int MAX_LISTED = 200;
    private static final Set<String> FIELDS = Set.of(IndexFields.META, IndexFields.TITLE);

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
        PatentIndex index = backend.search().index();
        IndexSearcher searcher = index.searchers().acquire();
        try {
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexFields.CITES, doc.number().withoutKind())), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PATENT)), BooleanClause.Occur.FILTER)
                    .build();
            TopDocs top = searcher.search(q, MAX_LISTED);
            List<Citing> out = new ArrayList<>(top.scoreDocs.length);
            var stored = searcher.storedFields();
            for (ScoreDoc d : top.scoreDocs) {
                Document s = stored.document(d.doc, FIELDS);
                JsonNode meta = Json.mapper().readTree(s.get(IndexFields.META));
                out.add(new Citing(meta.path("publication_number").asText(), s.get(IndexFields.TITLE),
                        meta.path("publication_date").asText(null)));
            }
            ctx.json(new CitedBy(doc.number().toString(), searcher.count(q), out));
        } finally {
            index.searchers().release(searcher);
        }
    }
}
