package org.priorart.embed;

import java.util.ArrayList;
import java.util.List;
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
 */
public record Passages(boolean allClaims, boolean description, int maxChars) {

    /** Title + abstract and independent claims; 512 tokens are about 2,000 characters of patent English. */
    public static final Passages DEFAULT = new Passages(false, false, 2000);

    public List<Passage> of(PatentDocument doc) {
        List<Passage> passages = new ArrayList<>();
        String head = join(doc.title(), doc.abstractText());
        if (!head.isBlank()) {
            passages.add(new Passage(Passage.Kind.ABSTRACT, 0, "abstract", clip(head)));
        }
        List<Claim> claims = doc.claims();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            if ((allClaims || c.independent()) && !c.text().isBlank()) {
                passages.add(new Passage(Passage.Kind.CLAIM, i, "claim " + c.number(), clip(c.text())));
            }
        }
        if (description) {
            List<DescriptionParagraph> paragraphs = doc.description();
            for (int i = 0; i < paragraphs.size(); i++) {
                DescriptionParagraph p = paragraphs.get(i);
                for (String chunk : chunks(p.text())) {
                    passages.add(new Passage(Passage.Kind.DESCRIPTION, i, "description paragraph " + p.number(), chunk));
                }
            }
        }
        return passages;
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
