package org.interlocutor.importexport;

import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Stands in front of POI's sheet handler and refuses a cell as soon as its text passes the limit. POI gathers a
 * cell's whole text before handing it over, so without this a single inline string of hundreds of megabytes would
 * be held in memory before any limit could be checked.
 */
final class CellLengthGuard implements ContentHandler {

    private final ContentHandler next;
    private final int maxCharacters;
    private @Nullable String cellReference;
    private int rowNumber;
    private long characters;

    CellLengthGuard(ContentHandler next, int maxCharacters) {
        this.next = next;
        this.maxCharacters = maxCharacters;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
            throws SAXException {
        if (localName.equals("row")) {
            String number = attributes.getValue("r");
            rowNumber = number == null ? rowNumber + 1 : Integer.parseInt(number);
        } else if (localName.equals("c")) {
            cellReference = attributes.getValue("r");
            characters = 0;
        }
        next.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void characters(char[] text, int start, int length) throws SAXException {
        characters += length;
        if (characters > maxCharacters) {
            int column = cellReference == null ? 0 : new CellReference(cellReference).getCol();
            throw SpreadsheetProblems.cellTooLong(rowNumber, column, maxCharacters);
        }
        next.characters(text, start, length);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        next.setDocumentLocator(locator);
    }

    @Override
    public void startDocument() throws SAXException {
        next.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
        next.endDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        next.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        next.endPrefixMapping(prefix);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        next.endElement(uri, localName, qName);
    }

    @Override
    public void ignorableWhitespace(char[] text, int start, int length) throws SAXException {
        next.ignorableWhitespace(text, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        next.processingInstruction(target, data);
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        next.skippedEntity(name);
    }
}
