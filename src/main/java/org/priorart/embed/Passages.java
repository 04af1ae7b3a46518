package org.priorart.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.priorart.config.PassageLimits;
import org.priorart.patent.Claim;
import org.priorart.patent.DescriptionParagraph;
import org.priorart.patent.PatentDocument;

/**
 * Decides what of a patent is embedded. On CPU, embedding is the bottleneck (about 15 passages of
 * 200 tokens a second), so by default only what carries the invention is embedded: title with
 * abstract, and the independent claims (the dependent ones add a feature each and mostly repeat
 * their parent). All claims, and description paragraphs, can be added; paragraphs longer than the
 * model reads are cut into chunks at sentence ends.
 *
 * @param allClaims   embed dependent claims too
 * @param description embed description paragraphs
 * @param maxChars    the most characters of one passage (about the model's token limit)
 * @param maxPassages the most passages of one document: the first ones are kept (see {@link PassageLimits})
 */
public record Passages(boolean allClaims, boolean description, int maxChars, int maxPassages) {

    /** Title + abstract and independent claims; 512 tokens are about 2,000 characters of patent English. */
    public static final Passages DEFAULT = new Passages(false, false, 2000, PassageLimits.MAX_PER_DOCUMENT);

    public Passages {
        if (maxChars < 1 || maxPassages < 1) {
            throw new IllegalArgumentException("a passage needs at least 1 character and a document at least 1 passage");
        }
    }

    /**
     * The passages of a document that are embedded, and how many it has.
     *
     * @param kept      the first {@link #maxPassages()} passages, in document order
     * @param available all the passages the document has by these rules
     */
    public record Selection(List<Passage> kept, int available) {

        /** Whether passages were left out for the limit. */
        public boolean cut() {
            return available > kept.size();
        }

        /** The warning for a document whose passages were cut, naming it; null when none were. */
        public String warning(PatentDocument doc) {
            return cut() ? String.format("%s has %,d passages to embed; only the first %,d are embedded (at most %,d per "
                    + "document): the rest is searchable by keyword, not semantically", doc.number(), available,
                    kept.size(), kept.size()) : null;
        }
    }

    /** The passages that are embedded: at most {@link #maxPassages()}, the first ones. */
    public List<Passage> of(PatentDocument doc) {
        return select(doc).kept();
    }

    /** The passages that are embedded, with how many the document has. */
    public Selection select(PatentDocument doc) {
        Kept kept = new Kept(maxPassages);
        String head = join(doc.title(), doc.abstractText());
        if (!head.isBlank()) {
            kept.add(() -> new Passage(Passage.Kind.ABSTRACT, 0, "abstract", clip(head)));
        }
        List<Claim> claims = doc.claims();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            int index = i;
            if ((allClaims || c.independent()) && !c.text().isBlank()) {
                kept.add(() -> new Passage(Passage.Kind.CLAIM, index, "claim " + c.number(), clip(c.text())));
            }
        }
        if (description) {
            List<DescriptionParagraph> paragraphs = doc.description();
            for (int i = 0; i < paragraphs.size(); i++) {
                DescriptionParagraph p = paragraphs.get(i);
                int index = i;
                for (String chunk : chunks(p.text())) {
                    kept.add(() -> new Passage(Passage.Kind.DESCRIPTION, index, "description paragraph " + p.number(), chunk));
                }
            }
        }
        return new Selection(kept.passages, kept.available);
    }

    /** The first passages up to the limit, and the count of all: the ones past the limit are counted, not made. */
    private static final class Kept {
        private final List<Passage> passages = new ArrayList<>();
        private final int max;
        private int available;

        Kept(int max) {
            this.max = max;
        }

        void add(Supplier<Passage> passage) {
            available++;
            if (passages.size() < max) {
                passages.add(passage.get());
            }
        }
    }

    private static String join(String title, String abstractText) {
        if (title == null) {
            return abstractText == null ? "" : abstractText;
        }
        return abstractText == null ? title : title + ". " + abstractText;
    }

    /** The first maxChars characters, cut at a word end: the model would truncate there anyway. */
    private String clip(String text) {
        if (text.length() <= maxChars) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxChars);
        return text.substring(0, cut > maxChars / 2 ? cut : maxChars);
    }

    /** A long paragraph in chunks of at most maxChars, cut after a sentence where possible. */
    List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > maxChars) {
            int cut = rest.lastIndexOf(". ", maxChars);
            if (cut < maxChars / 2) {
                cut = rest.lastIndexOf(' ', maxChars);
            } else {
                cut += 1;
            }
            if (cut <= 0) {
                cut = maxChars;
            }
            chunks.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            chunks.add(rest);
        }
        return chunks;
    }
}
