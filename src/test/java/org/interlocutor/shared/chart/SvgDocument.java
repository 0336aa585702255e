package org.interlocutor.shared.chart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** A chart's SVG parsed as XML, which fails the test when it is not well formed. */
final class SvgDocument {

    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    final Element root;

    private SvgDocument(Element root) {
        this.root = root;
    }

    static SvgDocument parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            return new SvgDocument(document.getDocumentElement());
        } catch (Exception notWellFormed) {
            throw new AssertionError("Not well-formed SVG: " + notWellFormed.getMessage() + "\n" + svg, notWellFormed);
        }
    }

    List<Element> all(String localName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    List<Element> allElements() {
        return all("*");
    }

    List<String> texts() {
        return all("text").stream().map(Node::getTextContent).toList();
    }

    /** The groups (or links) carrying a tooltip, each with its first drawn shape. */
    List<Element> marks() {
        List<Element> marks = new ArrayList<>();
        for (Element title : all("title")) {
            Node parent = title.getParentNode();
            if (parent != root && parent instanceof Element group) {
                marks.add(group);
            }
        }
        return marks;
    }

    static String tooltip(Element group) {
        return group.getElementsByTagNameNS("*", "title").item(0).getTextContent();
    }

    /** The first shape of a group, after its title. */
    static Element shape(Element group) {
        for (Node child = group.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && !element.getLocalName().equals("title")) {
                return element;
            }
        }
        throw new AssertionError("A tooltip group without a shape");
    }

    static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    Element byId(String id) {
        for (Element element : allElements()) {
            if (id.equals(element.getAttribute("id"))) {
                return element;
            }
        }
        throw new AssertionError("No element with id " + id);
    }
}
