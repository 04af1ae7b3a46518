package org.priorart.ingest.uspto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class UsptoClassificationTest {

    @Test
    void fixedColumnSymbolsOfTheGreenBookAndSgml() {
        assertEquals("B60R9/00", UsptoClassification.ipc("B60R  900"));
        assertEquals("G01G19/04", UsptoClassification.ipc("G01G 1904"));
        assertEquals("G06F7/28", UsptoClassification.ipc("G06F  728"));
        assertEquals("B32B3/02", UsptoClassification.ipc("B32B  302"));
        assertEquals("H01L21/336", UsptoClassification.ipc("H01L 21336"));
        assertEquals("A61K31/4439", UsptoClassification.ipc("A61K 314439"));
        assertEquals("C12N100/10", UsptoClassification.ipc("C12N10010"));
    }

    @Test
    void slashedSymbolsOfV4AndV15() {
        assertEquals("G06F15/00", UsptoClassification.ipc("G06F015/00"));
        assertEquals("H01J1/62", UsptoClassification.ipc("H01J001/62"));
        assertEquals("G06F17/30", UsptoClassification.ipc("G06F 17/30"));
    }

    @Test
    void notIpc() {
        assertNull(UsptoClassification.ipc("1402"), "Locarno class of a design patent");
        assertNull(UsptoClassification.ipc("709202"), "US class");
        assertNull(UsptoClassification.ipc(" "));
        assertNull(UsptoClassification.ipc(null));
    }

    @Test
    void symbolsInParts() {
        assertEquals("A61B2560/0209", UsptoClassification.fromParts("A", "61", "B", "2560", "0209"));
        assertEquals("H04L67/04", UsptoClassification.fromParts(" H", "04 ", "L", "67", "04"));
        assertNull(UsptoClassification.fromParts("H", "04", "L", null, "04"));
    }
}
