package org.priorart.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TestInputFormat {

    private static InputFormat detect(String head) throws InputFormat.UnknownFormatException {
        byte[] b = head.getBytes(StandardCharsets.UTF_8);
        return InputFormat.detect(b, b.length);
    }

    @Test
    void detectsEachFormat() throws Exception {
        assertEquals(InputFormat.JSONL, detect("\uFEFF{\"patent_id\": 1}"));
        assertEquals(InputFormat.USPTO_XML, detect("<?xml version=\"1.0\"?>\n<us-patent-grant>"));
        assertEquals(InputFormat.USPTO_XML, detect("<!DOCTYPE patent-application-publication>"));
        assertEquals(InputFormat.GREENBOOK, detect("PATN\nWKU  039373754"));
        assertEquals(InputFormat.GREENBOOK, detect("HHHHHT APS1 ..."));
    }

    @Test
    void explainsWhatItCannotRead() {
        var empty = assertThrows(InputFormat.UnknownFormatException.class, () -> InputFormat.detect(new byte[0], 0));
        assertTrue(empty.getMessage().contains("empty"));
        byte[] binary = {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01, 0x02};
        var bin = assertThrows(InputFormat.UnknownFormatException.class, () -> InputFormat.detect(binary, binary.length));
        assertTrue(bin.getMessage().contains("binary"), bin.getMessage());
        var text = assertThrows(InputFormat.UnknownFormatException.class, () -> detect("Dear examiner,\nhello"));
        assertTrue(text.getMessage().contains("'Dear examiner,'"), text.getMessage());
    }

    @Test
    void aTellingExtensionWinsOverABrokenFirstLine() throws Exception {
        byte[] b = "not json\n{\"patent_id\": \"US1\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals(InputFormat.JSONL, InputFormat.detect("x/docs.jsonl.gz", b, b.length));
        assertThrows(InputFormat.UnknownFormatException.class, () -> InputFormat.detect("x/docs.txt", b, b.length));
        byte[] empty = new byte[0];
        assertThrows(InputFormat.UnknownFormatException.class, () -> InputFormat.detect("x/docs.jsonl", empty, 0));
    }

    @Test
    void formatNamesForTheCommandLine() {
        assertTrue(InputFormat.fromCliName("auto").isEmpty());
        assertEquals(InputFormat.GREENBOOK, InputFormat.fromCliName("greenbook").orElseThrow());
        var e = assertThrows(IllegalArgumentException.class, () -> InputFormat.fromCliName("pdf"));
        assertTrue(e.getMessage().contains("uspto-xml"));
    }
}
