package org.priorart.ingest.uspto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.priorart.ingest.InputFormat;

/** Every sample is recognized from its first bytes and handed to the reader of this package. */
class InputFormatDetectionTest {

    @ParameterizedTest
    @ValueSource(strings = {"sgml/US06336130.xml", "sgml/US06337117.xml", "sgml/USD435854S1.xml",
            "xml2004/US06859910.xml", "xml2004/US06970935.xml", "xml2006/US07272630B2.xml", "xml2014/US08926509.xml",
            "xml2014/US08927118.xml", "xml2014/US08930553.xml", "pap/US20010000044A1.xml", "pap/US20010000943A1.xml",
            "pap/US20010009014A1.xml", "xmlApp2004/US20050004437A1.xml", "xmlApp2004/US20050004974A1.xml"})
    void xmlSamples(String resource) throws Exception {
        InputFormat format = detect(resource);
        assertEquals(InputFormat.USPTO_XML, format);
        assertInstanceOf(UsptoXmlReader.class, format.newReader());
        Samples.readOne(format.newReader(), resource);
    }

    @ParameterizedTest
    @ValueSource(strings = {"greenbook/US03932709.greenbook", "greenbook/US03937375.greenbook",
            "greenbook/US04347903.greenbook"})
    void greenBookSamples(String resource) throws Exception {
        InputFormat format = detect(resource);
        assertEquals(InputFormat.GREENBOOK, format);
        assertInstanceOf(GreenBookReader.class, format.newReader());
        Samples.readOne(format.newReader(), resource);
    }

    private static InputFormat detect(String resource) throws InputFormat.UnknownFormatException {
        byte[] content = Samples.bytes(resource);
        return InputFormat.detect(content, Math.min(content.length, 4096));
    }
}
