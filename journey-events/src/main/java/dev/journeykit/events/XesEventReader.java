package dev.journeykit.events;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XES (IEEE 1849) by streaming with the JDK's StAX: the case is a trace's {@code concept:name},
 * the event name an event's {@code concept:name}, its time {@code time:timestamp}, and the persona
 * column a trace attribute. Only one trace is held at a time (its attributes may follow its
 * events). The file is read in the encoding its XML declaration names (UTF-8 without one; UTF-16
 * known by its first bytes). DTDs and external entities are refused. Each event is a row, placed at its element.
 */
final class XesEventReader {

    private static final XMLInputFactory FACTORY = factory();

    private final String name;
    private final EventLogOptions options;
    private final Feed feed;

    private record Event(String name, String time, long line, int column, int timeColumn) {
    }

    XesEventReader(String name, EventLogOptions options, Feed feed) {
        this.name = name;
        this.options = options;
        this.feed = feed;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    /**
     * The encoding of the document: UTF-16 by its byte order mark or its first bytes, else the
     * XML declaration's {@code encoding}, else UTF-8 (a UTF-8 byte order mark is skipped).
     */
    private Charset encoding(BufferedInputStream in) throws IOException {
        in.mark(1024);
        byte[] head = in.readNBytes(1024);
        in.reset();
        int b0 = head.length > 0 ? head[0] & 0xff : -1;
        int b1 = head.length > 1 ? head[1] & 0xff : -1;
        if (b0 == 0xfe && b1 == 0xff || b0 == 0 && b1 == '<') {
            return b0 == 0 ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16;
        }
        if (b0 == 0xff && b1 == 0xfe || b0 == '<' && b1 == 0) {
            return b0 == '<' ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16;
        }
        if (b0 == 0xef && b1 == 0xbb && head.length > 2 && (head[2] & 0xff) == 0xbf) {
            in.skipNBytes(3);
            return StandardCharsets.UTF_8;
        }
        String start = new String(head, StandardCharsets.ISO_8859_1);
        int end = start.indexOf("?>");
        java.util.regex.Matcher declared = java.util.regex.Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']")
                .matcher(start.startsWith("<?xml") && end > 0 ? start.substring(0, end) : "");
        if (!declared.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(declared.group(1));
        } catch (IllegalArgumentException e) {
            throw feed.fatal(name + ":1:1: cannot read: the XML declaration names the encoding "
                    + Texts.quote(declared.group(1)) + ", which this Java does not know");
        }
    }

    void read(InputStream in) throws IOException {
        XMLStreamReader x = null;
        try {
            // decoded here, strictly: the JDK's parser prints encoding errors to stderr itself
            BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
            Charset charset = encoding(buffered);
            x = FACTORY.createXMLStreamReader(new InputStreamReader(buffered, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
            Elements elements = new Elements();
            while (x.hasNext()) {
                int kind = x.next();
                if (kind == XMLStreamConstants.START_ELEMENT) {
                    elements.start(x);
                } else if (kind == XMLStreamConstants.END_ELEMENT) {
                    elements.end();
                }
            }
            if (!elements.sawLog) {
                throw feed.fatal(name + ": no XES <log> element");
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String message = e.getMessage();
            int cut = message == null ? -1 : message.indexOf("Message: ");
            throw feed.fatal((at == null ? name : place(at)) + ": not well-formed XML: "
                    + (cut >= 0 ? message.substring(cut + 9) : message));
        } finally {
            if (x != null) {
                try {
                    x.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader that failed; the failure is reported already
                }
            }
        }
    }

    /** Where the reader is in the document: the depth, and the trace and event being read with their places. */
    private final class Elements {
        boolean sawLog;
        int depth;
        int traceDepth = -1;
        int eventDepth = -1;
        String caseId;
        String persona;
        long traceLine;
        int traceColumn;
        final List<Event> events = new ArrayList<>();
        String eventName;
        String eventTime;
        long eventLine;
        int eventColumn;
        int timeColumn;

        /** The reader is at an element's start. */
        void start(XMLStreamReader x) {
            depth++;
            String element = x.getLocalName();
            if (depth == 1) {
                if (!element.equals("log")) {
                    throw feed.fatal(place(x.getLocation()) + ": expected an XES <log>, found <" + element + ">");
                }
                sawLog = true;
            } else if (element.equals("trace") && depth == 2) {
                traceDepth = depth;
                caseId = null;
                persona = null;
                events.clear();
                traceLine = x.getLocation().getLineNumber();
                traceColumn = x.getLocation().getColumnNumber();
            } else if (element.equals("event") && traceDepth > 0 && depth == traceDepth + 1) {
                eventDepth = depth;
                eventName = null;
                eventTime = null;
                eventLine = x.getLocation().getLineNumber();
                eventColumn = x.getLocation().getColumnNumber();
                timeColumn = eventColumn;
            } else if (eventDepth > 0 && depth == eventDepth + 1) {
                String key = x.getAttributeValue(null, "key");
                if ("concept:name".equals(key)) {
                    eventName = x.getAttributeValue(null, "value");
                } else if ("time:timestamp".equals(key)) {
                    eventTime = x.getAttributeValue(null, "value");
                    timeColumn = x.getLocation().getColumnNumber();
                }
            } else if (traceDepth > 0 && eventDepth < 0 && depth == traceDepth + 1) {
                String key = x.getAttributeValue(null, "key");
                if ("concept:name".equals(key)) {
                    caseId = x.getAttributeValue(null, "value");
                } else if (key != null && options.personaColumn().isPresent()
                        && key.equals(options.personaColumn().get())) {
                    persona = x.getAttributeValue(null, "value");
                }
            }
        }

        /** The reader is at an element's end. */
        void end() {
            if (depth == eventDepth) {
                events.add(new Event(eventName, eventTime, eventLine, eventColumn, timeColumn));
                eventDepth = -1;
            } else if (depth == traceDepth) {
                trace(caseId, persona, events, traceLine, traceColumn);
                traceDepth = -1;
            }
            depth--;
        }
    }

    private String place(Location at) {
        return name + ":" + at.getLineNumber() + ":" + at.getColumnNumber();
    }

    private void trace(String caseId, String persona, List<Event> events, long line, int column) {
        for (Event e : events) {
            if (caseId == null || caseId.isEmpty()) {
                feed.bad(name, e.line(), e.column(), "its trace (at " + line + ":" + column
                        + ") has no concept:name (the case)");
            } else if (e.name() == null || e.name().isEmpty()) {
                feed.bad(name, e.line(), e.column(), "the event has no concept:name");
            } else if (e.time() == null) {
                feed.bad(name, e.line(), e.column(), "the event has no time:timestamp");
            } else {
                feed.row(caseId, EventTimes.parseOrInvalid(e.time()), e.name(), persona, name, e.line(),
                        e.timeColumn(), e::time);
            }
        }
    }
}
