package org.priorart.cli;

import java.util.concurrent.Callable;
import org.priorart.config.PriorArtConfig;
import org.priorart.engine.PriorArtRule;
import org.priorart.engine.SearchEngine;
import org.priorart.search.Paging;
import org.priorart.search.SearchService;
import org.priorart.search.SimilarRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code priorart similar}: the prior art of an indexed document. */
@Command(name = "similar", mixinStandardHelpOptions = true,
        description = {"Find the prior art of an indexed document.",
                "Its title, abstract and independent claims are the query; the document and its family are excluded, "
                        + "and only documents that are prior art against its earliest priority date (else filing date) are kept."})
final class SimilarCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PUBNUMBER", description = "The document, with or without kind code.")
    String number;

    @Option(names = "--prior-art", defaultValue = "effective", paramLabel = "RULE",
            description = "effective (default): published before the date, or filed before it and published later (US 102(a)(2)/102(e), EPC Art. 54(3); flagged E); "
                    + "published: published before the date only.")
    String rule;

    @Mixin
    SearchOptions options;

    @Mixin
    PriorArtCli.IndexOption index;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SimilarRequest request;
        try {
            Paging.SERVICE.check(options.from, options.top, "--from", "--top");
            request = new SimilarRequest(number, options.top, options.from, options.filters(), true, options.mode(),
                    options.fusion(), options.groupFamily, PriorArtRule.parse(rule), options.signals());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PriorArtConfig config = index.config();
        try (SearchEngine engine = Services.openReadOnly(config)) {
            SearchService service = Services.searchService(config, engine, request.mode());
            SearchCommand.print(spec.commandLine().getOut(), service.similar(request), options);
        }
        return 0;
    }
}
