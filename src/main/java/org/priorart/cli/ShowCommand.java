package org.priorart.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.priorart.config.PriorArtConfig;
import org.priorart.engine.SearchEngine;
import org.priorart.ingest.JsonDocumentMapper;
import org.priorart.patent.Citation;
import org.priorart.patent.Claim;
import org.priorart.patent.DescriptionParagraph;
import org.priorart.patent.PatentDocument;
import org.priorart.search.Json;
import org.priorart.embed.VectorModels;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code priorart show}: prints one document. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print one indexed document: bibliographic data, abstract, claims, description, citations.")
final class ShowCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PUBNUMBER", description = "Publication number, with or without kind (US6859910B2, US6859910).")
    String number;

    @Option(names = "--json", description = "Print the document in the canonical JSON shape (one line, re-indexable).")
    boolean json;

    @Mixin
    PriorArtCli.IndexOption index;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PriorArtConfig config = index.config();
        try (SearchEngine engine = Services.openReadOnly(config)) {
            PatentDocument doc = Services.searchService(config, engine, (VectorModels) null).get(number);
            if (doc == null) {
                spec.commandLine().getErr().println("error: no document " + number + " in the index at " + config.indexDir());
                return 1;
            }
            if (json) {
                out.println(Json.mapper().writeValueAsString(new JsonDocumentMapper().toJson(doc)));
            } else {
                print(out, doc);
            }
        }
        return 0;
    }

    static void print(PrintWriter out, PatentDocument d) {
        out.println(d.number() + (d.title() == null ? "" : "  " + Terminal.oneLine(d.title())));
        line(out, "Application", d.applicationNumber());
        line(out, "Filed", d.filingDate());
        line(out, "Priority", d.priorityDate());
        line(out, "Published", d.publicationDate());
        line(out, "Family", d.familyId());
        line(out, "Language", d.language());
        line(out, "CPC", d.cpc().isEmpty() ? null : String.join(", ", d.cpc()));
        line(out, "IPC", d.ipc().isEmpty() ? null : String.join(", ", d.ipc()));
        line(out, "Applicants", d.applicants().isEmpty() ? null : String.join("; ", d.applicants()));
        line(out, "Inventors", d.inventors().isEmpty() ? null : String.join("; ", d.inventors()));
        if (d.abstractText() != null) {
            out.println();
            out.println("ABSTRACT");
            out.println(Terminal.oneLine(d.abstractText()));
        }
        if (!d.claims().isEmpty()) {
            out.println();
            out.printf("CLAIMS (%d, %d independent)%n", d.claims().size(), d.independentClaims().size());
            for (Claim c : d.claims()) {
                String kind = c.independent() ? "independent" : "depends on claim" + (c.dependsOn().size() > 1 ? "s " : " ")
                        + c.dependsOn().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
                out.printf("%d. [%s] %s%n", c.number(), kind, Terminal.oneLine(c.text()));
            }
        }
        if (!d.description().isEmpty()) {
            out.println();
            out.printf("DESCRIPTION (%d paragraphs)%n", d.description().size());
            String heading = null;
            for (DescriptionParagraph p : d.description()) {
                if (p.heading() != null && !p.heading().equals(heading)) {
                    heading = p.heading();
                    out.println("  " + Terminal.oneLine(heading));
                }
                out.printf("[%04d] %s%n", p.number(), Terminal.oneLine(p.text()));
            }
        }
        if (!d.citations().isEmpty()) {
            out.println();
            out.printf("CITATIONS (%d)%n", d.citations().size());
            for (Citation c : d.citations()) {
                String what = c.isPatent() ? c.number().toString() : Terminal.oneLine(c.text() == null ? "" : c.text());
                out.println("  " + what + (c.citedBy() == null ? "" : "  (cited by " + c.citedBy() + ")"));
            }
        }
    }

    private static void line(PrintWriter out, String label, Object value) {
        if (value != null) {
            out.printf("%-11s %s%n", label + ":", Terminal.oneLine(value.toString()));
        }
    }
}
