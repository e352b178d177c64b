package dev.journeykit.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Parses SVG with the JDK's XML parser (no DTDs, no external entities) and checks the safety rules. */
public final class SvgChecks {

    static final String SVG_NS = "http://www.w3.org/2000/svg";

    private SvgChecks() {
    }

    /** Parses the text as namespace-aware XML with every external access switched off; fails when not well-formed. */
    public static Document parse(String svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed SVG: " + e.getMessage(), e);
        }
    }

    /** Every element of the document, in document order. */
    public static List<Element> elements(Document doc) {
        List<Element> all = new ArrayList<>();
        collect(doc.getDocumentElement(), all);
        return all;
    }

    private static void collect(Element e, List<Element> all) {
        all.add(e);
        NodeList children = e.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element c) {
                collect(c, all);
            }
        }
    }

    /**
     * Asserts the rules every picture keeps: SVG root with version 1.1, viewBox and role img, a
     * title and a desc first, one style sheet, unique ids, only SVG elements, no script,
     * foreignObject, event attribute, link or external reference, and only allowed characters.
     */
    public static Document assertSafeSvg(String svg) {
        assertThat(svg).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ");
        assertThat(svg).endsWith("</svg>\n").doesNotContain("\r");
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
        assertThat(root.getAttribute("version")).isEqualTo("1.1");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("viewBox")).matches("0 0 \\d+\\.\\d \\d+\\.\\d");
        List<Element> children = new ArrayList<>();
        NodeList nodes = root.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e) {
                children.add(e);
            }
        }
        assertThat(children.get(0).getLocalName()).isEqualTo("title");
        assertThat(children.get(0).getTextContent()).isNotBlank();
        assertThat(children.get(1).getLocalName()).isEqualTo("desc");
        assertThat(root.getAttribute("aria-labelledby"))
                .isEqualTo(children.get(0).getAttribute("id") + " " + children.get(1).getAttribute("id"));
        Set<String> ids = new HashSet<>();
        int styles = 0;
        for (Element e : elements(doc)) {
            assertThat(e.getNamespaceURI()).as("namespace of <%s>", e.getTagName()).isEqualTo(SVG_NS);
            String name = e.getLocalName();
            assertThat(name).isNotIn("script", "foreignObject", "a", "image", "use", "iframe", "feImage",
                    "animate", "set", "animateTransform", "animateMotion", "handler", "listener");
            if (name.equals("style")) {
                styles++;
                assertThat(e.getTextContent()).doesNotContain("@import").doesNotContain("url(http")
                        .doesNotContain("expression(");
            }
            NamedNodeMap attrs = e.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Attr a = (Attr) attrs.item(i);
                String an = a.getLocalName() == null ? a.getName() : a.getLocalName();
                assertThat(an.toLowerCase(java.util.Locale.ROOT)).as("attribute of <%s>", name)
                        .doesNotStartWith("on").isNotIn("href", "src", "style");
                assertThat(a.getValue().toLowerCase(java.util.Locale.ROOT)).doesNotContain("javascript:");
                if (a.getValue().contains("url(")) {
                    assertThat(a.getValue()).matches("url\\(#[A-Za-z][A-Za-z0-9_-]*\\)");
                }
                if (an.equals("id")) {
                    assertThat(a.getValue()).matches("[A-Za-z][A-Za-z0-9_-]*");
                    assertThat(ids.add(a.getValue())).as("id %s is unique", a.getValue()).isTrue();
                }
            }
        }
        assertThat(styles).isEqualTo(1);
        assertCleanText(root);
        return doc;
    }

    /** No text holds a C0 control, a lone surrogate or an invisible direction control. */
    private static void assertCleanText(Node node) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            String t = node.getNodeValue();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                boolean ok = c == '\n' || c >= 0x20;
                assertThat(ok).as("control character U+%04X in text", (int) c).isTrue();
                assertThat(c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069)
                        .as("direction control U+%04X in text", (int) c).isFalse();
                if (Character.isHighSurrogate(c)) {
                    assertThat(i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))).isTrue();
                    i++;
                } else {
                    assertThat(Character.isLowSurrogate(c)).as("lone surrogate").isFalse();
                }
            }
        }
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            assertCleanText(children.item(i));
        }
    }

    /** The elements with a class attribute containing {@code cssClass} as a word. */
    public static List<Element> withClass(Document doc, String cssClass) {
        List<Element> found = new ArrayList<>();
        for (Element e : elements(doc)) {
            for (String c : e.getAttribute("class").split(" ")) {
                if (c.equals(cssClass)) {
                    found.add(e);
                    break;
                }
            }
        }
        return found;
    }

    /** The text of every {@code text} element, in document order, its lines joined by a space. */
    public static List<String> texts(Document doc) {
        List<String> texts = new ArrayList<>();
        for (Element e : elements(doc)) {
            if (e.getLocalName().equals("text")) {
                List<String> lines = new ArrayList<>();
                NodeList spans = e.getElementsByTagNameNS(SVG_NS, "tspan");
                for (int i = 0; i < spans.getLength(); i++) {
                    lines.add(spans.item(i).getTextContent());
                }
                texts.add(lines.isEmpty() ? e.getTextContent() : String.join(" ", lines));
            }
        }
        return texts;
    }

    public static Element byId(Document doc, String id) {
        for (Element e : elements(doc)) {
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        return null;
    }
}
