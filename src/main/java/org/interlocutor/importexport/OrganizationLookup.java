package org.interlocutor.importexport;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.interlocutor.organization.OrganizationDraft;
import org.interlocutor.organization.OrganizationKind;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.shared.SearchPatterns;
import org.springframework.stereotype.Component;

/**
 * Finds the organisations an imported file names (by name or acronym, without case or accents), and creates the
 * missing ones when the person asked for it, once per import, each recorded in the batch so an undo removes it.
 */
@Component
class OrganizationLookup {

    /** Stands for an organisation that would be created, when nothing is being written. */
    static final long NOT_CREATED_YET = -1;

    private final OrganizationService organizations;

    OrganizationLookup(OrganizationService organizations) {
        this.organizations = organizations;
    }

    Lookup start(ImportContext context) {
        return new Lookup(context);
    }

    final class Lookup {

        private final ImportContext context;
        private final Map<String, Long> known = new HashMap<>();

        private Lookup(ImportContext context) {
            this.context = context;
        }

        /**
         * The id of each name that exists, or was created now; names not found are missing from the answer unless
         * the person asked to create them.
         */
        Map<String, Long> resolve(Collection<String> names, boolean write) {
            Set<String> unknown = new LinkedHashSet<>();
            for (String name : names) {
                if (!known.containsKey(key(name))) {
                    unknown.add(name);
                }
            }
            if (!unknown.isEmpty()) {
                organizations.idsByName(unknown).forEach((name, id) -> known.put(key(name), id));
                if (context.request().createMissingOrganizations()) {
                    for (String name : unknown) {
                        known.computeIfAbsent(key(name), missing -> create(name, write));
                    }
                }
            }
            Map<String, Long> ids = new HashMap<>();
            for (String name : names) {
                Long id = known.get(key(name));
                if (id != null) {
                    ids.put(name, id);
                }
            }
            return ids;
        }

        private long create(String name, boolean write) {
            if (!write) {
                return NOT_CREATED_YET;
            }
            long id = organizations.create(new OrganizationDraft(name.strip(), null, OrganizationKind.OTHER, null,
                    null, null, null)).id();
            context.journal().created(RecordType.ORGANIZATION, id, null);
            return id;
        }
    }

    private static String key(String name) {
        return SearchPatterns.fold(name.strip());
    }
}
