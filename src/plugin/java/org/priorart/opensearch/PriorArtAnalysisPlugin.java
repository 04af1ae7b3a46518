package org.priorart.opensearch;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexModule;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;
import org.priorart.analysis.NameAnalyzer;
import org.priorart.analysis.LanguageTaggedAnalyzer;
import org.priorart.analysis.PositionedTermsAnalyzer;

/**
 * PriorArt's analysis inside OpenSearch, built from the same classes as the embedded index
 * (org.priorart.analysis), so a cluster holds the same terms:
 * <ul>
 *   <li>{@code priorart_text}: the text fields, each value analyzed by the chain of the language its
 *       tag names (English with exact forms and sentence/paragraph marks, nori, kuromoji, smartcn,
 *       the Latin chains);</li>
 *   <li>{@code priorart_names}: applicant and inventor names;</li>
 *   <li>{@code priorart_positioned}: terms the client analyzed itself, with their positions (the
 *       query's words, phrases and truncation expansions);</li>
 *   <li>the similarity {@code priorart_bm25}: Lucene's BM25 as the embedded index scores it.</li>
 * </ul>
 */
public final class PriorArtAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of(
                "priorart_text", provider(LanguageTaggedAnalyzer::new),
                "priorart_names", provider(NameAnalyzer::new),
                "priorart_positioned", provider(PositionedTermsAnalyzer::new));
    }

    @Override
    public void onIndexModule(IndexModule module) {
        module.addSimilarity("priorart_bm25", (settings, version, scripts) -> new BM25Similarity());
    }

    private static AnalysisProvider<AnalyzerProvider<? extends Analyzer>> provider(Supplier<? extends Analyzer> make) {
        return (IndexSettings index, Environment env, String name, Settings settings) -> new Provider(index, name, settings, make.get());
    }

    private static final class Provider extends AbstractIndexAnalyzerProvider<Analyzer> {
        private final Analyzer analyzer;

        Provider(IndexSettings index, String name, Settings settings, Analyzer analyzer) {
            super(index, name, settings);
            this.analyzer = analyzer;
        }

        @Override
        public Analyzer get() {
            return analyzer;
        }
    }
}
