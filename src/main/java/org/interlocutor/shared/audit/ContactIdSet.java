package org.interlocutor.shared.audit;

import java.io.ByteArrayOutputStream;
import java.util.BitSet;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The contacts one export file contained, kept with the export's audit event so that a subject-access request can
 * later answer "which exports held this person". Ids are gathered in a {@link BitSet} while the file is streamed
 * (one bit per id up to the highest, a few microseconds per page) and stored deflated: 100,000 ids take some
 * kilobytes, however they are spread.
 */
public final class ContactIdSet {

    private final byte[] compressed;
    private final int count;

    private ContactIdSet(byte[] compressed, int count) {
        this.compressed = compressed;
        this.count = count;
    }

    public static ContactIdSet of(BitSet ids) {
        return new ContactIdSet(deflate(ids.toByteArray()), ids.cardinality());
    }

    /** As stored: the deflated bits and how many ids they hold. */
    public static ContactIdSet stored(byte[] compressed, int count) {
        return new ContactIdSet(compressed.clone(), count);
    }

    public byte[] compressed() {
        return compressed.clone();
    }

    /** How many contacts the file contained. */
    public int count() {
        return count;
    }

    public boolean contains(long contactId) {
        return contactId >= 0 && contactId <= Integer.MAX_VALUE && ids().get((int) contactId);
    }

    public BitSet ids() {
        return BitSet.valueOf(inflate(compressed));
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, raw.length / 4));
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] compressed) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length * 4);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int inflated = inflater.inflate(buffer);
                if (inflated == 0 && !inflater.finished()
                        && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("The stored contact ids of an export are cut short");
                }
                out.write(buffer, 0, inflated);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalStateException("The stored contact ids of an export are unreadable", e);
        } finally {
            inflater.end();
        }
    }
}
