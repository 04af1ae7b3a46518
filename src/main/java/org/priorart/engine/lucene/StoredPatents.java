package org.priorart.engine.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.priorart.engine.EngineView;
import org.priorart.engine.StoredPatent;
import org.priorart.patent.PatentDocument;
import org.priorart.patent.PublicationNumber;

/**
 * The reads of whole stored patents in one searcher's view: by number or key, the other publications
 * of a number, content hashes, and the embedding stage's work lists. What a look-up, the ingest and
 * the embedding stage read, as opposed to a search's rankings and hits ({@link LuceneView}).
 */
final class StoredPatents {

    private final IndexSearcher searcher;
    private final BlockQueries blocks;
    private final DocumentMapper mapper;

    StoredPatents(IndexSearcher searcher, BlockQueries blocks, DocumentMapper mapper) {
        this.searcher = searcher;
        this.blocks = blocks;
        this.mapper = mapper;
    }

    PatentDocument get(PublicationNumber number) throws IOException {
        int doc = first(blocks.patentWithKey(number.key()));
        if (doc < 0) {
            doc = first(blocks.patentsMatching(new TermQuery(new Term(IndexFields.NUMBER, number.withoutKind()))));
        }
        return doc < 0 ? null : stored(doc);
    }

    PatentDocument getByKey(String key) throws IOException {
        int doc = first(blocks.patentWithKey(key));
        return doc < 0 ? null : stored(doc);
    }

    int first(Query q) throws IOException {
        TopDocs top = searcher.search(q, 1);
        return top.scoreDocs.length > 0 ? top.scoreDocs[0].doc : -1;
    }

    private PatentDocument stored(int doc) throws IOException {
        return mapper.fromStored(searcher.storedFields().document(doc));
    }

    List<PatentDocument> otherPublications(PatentDocument doc, int max) throws IOException {
        TopDocs hits = searcher.search(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.NUMBER, doc.number().withoutKind())), BooleanClause.Occur.FILTER)
                .add(blocks.patents(), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.ID, doc.id())), BooleanClause.Occur.MUST_NOT)
                .build(), max);
        List<PatentDocument> out = new ArrayList<>();
        for (ScoreDoc hit : hits.scoreDocs) {
            out.add(stored(hit.doc));
        }
        return out;
    }

    EngineView.Citing citing(PublicationNumber cited, int max) throws IOException {
        // the index keeps each document's cited numbers without kind, so any kind of the cited document matches
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.CITES, cited.withoutKind())), BooleanClause.Occur.FILTER)
                .add(blocks.patents(), BooleanClause.Occur.FILTER)
                .build();
        TopDocs hits = searcher.search(q, Math.max(1, max));
        List<PatentDocument> out = new ArrayList<>();
        for (ScoreDoc hit : hits.scoreDocs) {
            out.add(stored(hit.doc));
        }
        return new EngineView.Citing(out, searcher.count(q));
    }

    /** For each reference (number without kind), the keys of the patents citing it, at most {@code limit}. */
    Map<String, List<String>> citingKeys(Collection<String> references, int limit) throws IOException {
        return new CitingPostings(searcher, blocks).keys(references, limit);
    }

    /** The keys of a family's patents, at most {@code max}. */
    List<String> familyKeys(String familyId, int max) throws IOException {
        if (familyId == null) {
            return List.of();
        }
        return keys(searcher.search(blocks.patentsMatching(new TermQuery(new Term(IndexFields.FAMILY, familyId))),
                Math.max(1, max)));
    }

    private List<String> keys(TopDocs top) throws IOException {
        int[] ids = new int[top.scoreDocs.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = top.scoreDocs[i].doc;
        }
        return List.of(DocKeys.of(searcher, ids));
    }

    String contentHash(String key) throws IOException {
        TopDocs hit = searcher.search(new TermQuery(new Term(IndexFields.ID, key)), 1);
        if (hit.scoreDocs.length == 0) {
            return null;
        }
        return searcher.storedFields().document(hit.scoreDocs[0].doc, Set.of(IndexFields.CONTENT_HASH))
                .get(IndexFields.CONTENT_HASH);
    }

    EngineView.Unembedded notEmbeddedWith(Collection<String> vectorIds, Set<String> skip, int max) throws IOException {
        BooleanQuery.Builder todo = new BooleanQuery.Builder()
                .add(blocks.notEmbeddedWith(vectorIds).build(), BooleanClause.Occur.FILTER);
        skip.forEach(key -> todo.add(new TermQuery(new Term(IndexFields.ID, key)), BooleanClause.Occur.MUST_NOT));
        TopDocs hits = searcher.search(todo.build(), max);
        return new EngineView.Unembedded(storedPatents(hits), hits.totalHits.value());
    }

    List<StoredPatent> markedWithoutPassages(Collection<String> vectorIds) throws IOException {
        Query marked = blocks.markedWithoutPassages(vectorIds);
        return storedPatents(searcher.search(marked, Math.max(1, searcher.count(marked))));
    }

    private List<StoredPatent> storedPatents(TopDocs hits) throws IOException {
        List<StoredPatent> out = new ArrayList<>(hits.scoreDocs.length);
        StoredFields fields = searcher.storedFields();
        for (ScoreDoc hit : hits.scoreDocs) {
            Document stored = fields.document(hit.doc);
            out.add(new StoredPatent(mapper.fromStored(stored), stored.get(IndexFields.CONTENT_HASH)));
        }
        return out;
    }
}
