package org.priorart;

import java.io.IOException;
import org.priorart.engine.EngineView;
import org.priorart.engine.SearchEngine;
import org.priorart.patent.PatentDocument;
import org.priorart.patent.PublicationNumber;

/** Reads of an engine that tests make often, each in a view of its own. */
public final class EngineReads {

    private EngineReads() {
    }

    /** The patent with this publication number (with or without kind), or null. */
    public static PatentDocument get(SearchEngine engine, String publicationNumber) throws IOException {
        try (EngineView view = engine.view()) {
            return view.get(PublicationNumber.parse(publicationNumber));
        }
    }

    /** The number of patents visible to a new view. */
    public static int patentCount(SearchEngine engine) throws IOException {
        try (EngineView view = engine.view()) {
            return view.patentCount();
        }
    }
}
