package org.interlocutor.importexport;

import java.util.List;
import org.interlocutor.shared.Translatable;

/**
 * A field a column of an imported file can be mapped to, with the headers that usually name it in English and
 * French. Each {@link ImportType} has its own enum of fields.
 */
public interface ImportField extends Translatable {

    /** The constant's name, stable: saved mappings store it. */
    String name();

    /** The headers that name this field, as people write them. */
    List<String> headers();
}
