package org.interlocutor.shared.ui;

import com.vaadin.flow.dom.Element;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The one class that may put markup into a page. Everything else shows text as text ({@code setText}, a
 * component's label), which the browser never reads as HTML, so that nothing a person typed (a contact's name, a
 * note, an imported cell) can ever run as a script in a colleague's browser; an architecture rule
 * ({@code MarkupArchitectureTest}) fails the build when any other class uses Vaadin's {@code Html} component or
 * names {@code innerHTML} and its kin.
 *
 * <p>Its only use is the charts' SVG, which the server draws with every text escaped. It does not trust that: before
 * the markup goes in, it is parsed as XML (no DTD, no entities, no comments, CDATA or processing instructions) and
 * must consist of drawing elements with presentation attributes only, from a fixed list; links must be routes of
 * the application; no attribute may name a scheme or a {@code url(...)}. Anything else is refused whole.
 */
final class MarkupSanitizer {

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final Set<String> PAINT = Set.of("fill", "stroke", "stroke-width", "stroke-dasharray",
            "stroke-linejoin");
    private static final Set<String> GEOMETRY = Set.of("x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "width",
            "height", "points", "transform");
    /** The elements a chart is drawn with, each with the attributes it may carry. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("svg", Set.of("xmlns", "width", "height", "viewBox", "role", "aria-labelledby",
                    "font-family")),
            Map.entry("title", Set.of("id")),
            Map.entry("desc", Set.of("id")),
            Map.entry("g", Set.of()),
            Map.entry("a", Set.of("href", "data-route")),
            Map.entry("rect", union(GEOMETRY, PAINT)),
            Map.entry("line", union(GEOMETRY, PAINT)),
            Map.entry("polyline", union(GEOMETRY, PAINT)),
            Map.entry("polygon", union(GEOMETRY, PAINT)),
            Map.entry("circle", union(GEOMETRY, PAINT)),
            Map.entry("text", union(GEOMETRY, union(PAINT, Set.of("font-size", "font-weight", "text-anchor")))));
    /** An application route as charts link them ("contacts/42"): no scheme, no leading slash, no host. */
    private static final Pattern APP_ROUTE = Pattern.compile("[A-Za-z0-9_~-][A-Za-z0-9._~!$&()*+,;=%/?@-]*");

    private MarkupSanitizer() {
    }

    /** Puts a chart's SVG drawing into {@code target} as markup, once {@link #checkSvg(String)} accepts it. */
    static void showSvg(Element target, String svg) {
        checkSvg(svg);
        target.setProperty("innerHTML", svg);
    }

    /** Accepts an SVG drawing as described above, or refuses it with the reason. */
    static void checkSvg(String svg) {
        // what the escaping never lets through, and an HTML parser might read otherwise than an XML one
        for (String construct : new String[] {"<!--", "<![CDATA[", "<?", "<!DOCTYPE", "<!doctype"}) {
            if (svg.contains(construct)) {
                throw new UnsafeMarkupException("markup holds " + construct);
            }
        }
        try {
            parser().parse(new InputSource(new StringReader(svg)), new Checker());
        } catch (SAXException | IOException refused) {
            throw new UnsafeMarkupException(refused.getMessage());
        }
    }

    private static SAXParser parser() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            return factory.newSAXParser();
        } catch (ParserConfigurationException | SAXException unavailable) {
            throw new IllegalStateException("No XML parser to check markup with", unavailable);
        }
    }

    private static Set<String> union(Set<String> one, Set<String> other) {
        java.util.HashSet<String> both = new java.util.HashSet<>(one);
        both.addAll(other);
        return Set.copyOf(both);
    }

    /** Refuses the first element or attribute that is not on the list. */
    private static final class Checker extends DefaultHandler {
        private boolean root = true;

        @Override
        public void startElement(String uri, String localName, String name, Attributes attributes)
                throws SAXException {
            Set<String> allowed = ALLOWED.get(name);
            if (allowed == null || root != name.equals("svg")) {
                throw new SAXException("element <" + name + "> is not part of a chart");
            }
            root = false;
            for (int i = 0; i < attributes.getLength(); i++) {
                check(name, allowed, attributes.getQName(i), attributes.getValue(i));
            }
        }

        private static void check(String element, Set<String> allowed, String attribute, String value)
                throws SAXException {
            if (!allowed.contains(attribute)) {
                throw new SAXException("attribute " + attribute + " is not allowed on <" + element + ">");
            }
            if (attribute.equals("xmlns")) {
                if (!value.equals(SVG_NAMESPACE)) {
                    throw new SAXException("namespace " + value + " is not SVG's");
                }
                return;
            }
            if ((attribute.equals("href") || attribute.equals("data-route")) && !APP_ROUTE.matcher(value).matches()) {
                throw new SAXException("link " + value + " is not a route of the application");
            }
            String lower = value.toLowerCase(Locale.ROOT);
            if (lower.contains(":") || lower.contains("url(") || lower.contains("expression(")) {
                throw new SAXException("attribute " + attribute + " names a scheme or a resource");
            }
        }
    }

    /** Markup that is not what the sanitiser lets into a page. */
    static final class UnsafeMarkupException extends IllegalArgumentException {
        UnsafeMarkupException(String reason) {
            super("Markup refused: " + reason);
        }
    }
}
