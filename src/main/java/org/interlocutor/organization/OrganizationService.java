package org.interlocutor.organization;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.interlocutor.country.CountryService;
import org.interlocutor.security.CurrentUser;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.shared.InvalidFieldException;
import org.interlocutor.shared.SearchPatterns;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.audit.AuditAction;
import org.interlocutor.shared.audit.Audited;
import org.interlocutor.shared.audit.FieldChange;
import org.interlocutor.shared.audit.RecordFields;
import org.interlocutor.shared.audit.RecordTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Organisations and their tree. Anyone signed in reads them; officers and above change them. */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final CountryService countries;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final StaffDirectory staff;

    OrganizationService(OrganizationRepository organizations, CountryService countries, CurrentUser currentUser,
                        ApplicationEventPublisher events, Clock clock, StaffDirectory staff) {
        this.organizations = organizations;
        this.countries = countries;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.staff = staff;
    }

    public Page<OrganizationRow> list(OrganizationFilter filter, Pageable pageable) {
        Page<Organization> page = organizations.search(SearchPatterns.foldedContains(filter.text()), filter.kind(),
                filter.countryCode(), filter.includeArchived(), filter.parentId(), pageable);
        return rows(page);
    }

    /** Organisations whose name or acronym contains the text, for pickers and autocomplete. */
    public List<OrganizationRow> suggest(String text, Pageable pageable) {
        Slice<Organization> slice = organizations.suggest(SearchPatterns.foldedContains(text), pageable);
        return rows(slice.getContent());
    }

    /**
     * The organisations with these ids, in the order of the ids (the rows a person ticked in the list); ids that
     * no longer exist are left out. Organisations are not need-to-know records.
     */
    public List<OrganizationRow> selected(List<Long> ids) {
        Map<Long, OrganizationRow> byId = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            rows(organizations.findAllById(ids.subList(from, Math.min(ids.size(), from + 500))))
                    .forEach(row -> byId.put(row.id(), row));
        }
        return ids.stream().distinct().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    public Optional<OrganizationRow> find(long id) {
        return organizations.findById(id).map(organization -> rows(List.of(organization)).getFirst());
    }

    /** Display names ("Office of the Prosecutor (OTP)") of the organisations with these ids, in one query. */
    public Map<Long, String> displayNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        organizations.findAllById(ids).forEach(organization -> names.put(organization.id(),
                organization.displayName()));
        return names;
    }

    /**
     * The organisations named so, for imports: each name (compared without case or accents) to the id of the
     * organisation with that name, else with that acronym; an active one before an archived one, the oldest first.
     * Organisations are not need-to-know records: every user may see them all.
     */
    public Map<String, Long> idsByName(Collection<String> names) {
        Map<String, Long> ids = new HashMap<>();
        if (names.isEmpty()) {
            return ids;
        }
        Set<String> keys = new HashSet<>();
        Set<String> acronyms = new HashSet<>();
        names.forEach(name -> {
            keys.add(SearchPatterns.fold(name.strip()));
            acronyms.add(name.strip().toLowerCase(java.util.Locale.ROOT));
            if (displayedWithAcronym(name) != null) {
                keys.add(SearchPatterns.fold(displayedWithAcronym(name)));
            }
        });
        Map<String, Object[]> best = new HashMap<>();
        for (Object[] row : organizations.findByNameKeys(keys, acronyms)) {
            String byName = (String) row[1];
            offer(best, byName, row);
            if (row[2] != null) {
                offer(best, "\u0000" + SearchPatterns.fold((String) row[2]), row);
            }
        }
        for (String name : names) {
            Object[] found = best.get(SearchPatterns.fold(name.strip()));
            if (found == null) {
                found = best.get("\u0000" + SearchPatterns.fold(name.strip()));
            }
            if (found == null && displayedWithAcronym(name) != null) {
                // "Office of the Prosecutor (OTP)", as lists and exports show it
                found = best.get(SearchPatterns.fold(displayedWithAcronym(name)));
            }
            if (found != null) {
                ids.put(name, ((Number) found[0]).longValue());
            }
        }
        return ids;
    }

    /** The name part of "Name (ACRONYM)", or null when the text is not written so. */
    private static @Nullable String displayedWithAcronym(String text) {
        String stripped = text.strip();
        int open = stripped.lastIndexOf(" (");
        return open > 0 && stripped.endsWith(")") ? stripped.substring(0, open) : null;
    }

    private static void offer(Map<String, Object[]> best, String key, Object[] row) {
        best.merge(key, row, (kept, offered) -> {
            boolean keptArchived = (Boolean) kept[3];
            boolean offeredArchived = (Boolean) offered[3];
            if (keptArchived != offeredArchived) {
                return keptArchived ? offered : kept;
            }
            return ((Number) offered[0]).longValue() < ((Number) kept[0]).longValue() ? offered : kept;
        });
    }

    /**
     * Deletes organisations an import created, when undoing it, children first. The caller has checked that no
     * affiliation or engagement refers to them; one that has sub-units created since stays. Returns the ids that
     * stay.
     */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public Set<Long> removeImported(Collection<Long> ids) {
        Set<Long> remaining = new HashSet<>(ids);
        while (!remaining.isEmpty()) {
            Set<Long> parents = new HashSet<>(organizations.parentsAmong(remaining));
            List<Long> leaves = remaining.stream().filter(id -> !parents.contains(id)).toList();
            if (leaves.isEmpty()) {
                break;
            }
            organizations.deleteAllByIdInBatch(leaves);
            organizations.flush();
            leaves.forEach(id -> events.publishEvent(Audited.of(AuditAction.DELETE, RecordTypes.ORGANIZATION, id)
                    .withDetail("created by an import that was undone")));
            leaves.forEach(remaining::remove);
        }
        return remaining;
    }

    /** The chain from the top of the tree down to the organisation itself: Court, Registry, section. */
    public List<OrganizationRow> lineage(long id) {
        List<Organization> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Optional<Organization> current = organizations.findById(id);
        while (current.isPresent() && seen.add(current.get().id())) {
            chain.addFirst(current.get());
            Long parentId = current.get().parentId();
            current = parentId == null ? Optional.empty() : organizations.findById(parentId);
        }
        return rows(chain);
    }

    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public OrganizationRow create(@Valid OrganizationDraft draft) {
        check(draft, null);
        Organization organization = organizations.save(new Organization(draft, clock.instant(),
                currentUser.require().username()));
        audit(AuditAction.CREATE, organization, RecordFields.none());
        return rows(List.of(organization)).getFirst();
    }

    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public OrganizationRow update(long id, long version, @Valid OrganizationDraft draft) {
        Organization organization = load(id, version);
        check(draft, id);
        String previousName = organization.displayName();
        RecordFields before = organization.auditFields();
        organization.apply(draft);
        organization.touch(clock.instant(), currentUser.require().username());
        Organization saved = organizations.saveAndFlush(organization);
        audit(AuditAction.UPDATE, saved, before);
        if (!previousName.equals(saved.displayName())) {
            events.publishEvent(new OrganizationRenamed(id, saved.displayName()));
        }
        return rows(List.of(saved)).getFirst();
    }

    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public OrganizationRow setArchived(long id, long version, boolean archived) {
        Organization organization = load(id, version);
        if (archived && organizations.existsByParentIdAndArchivedFalse(id)) {
            throw new UserFacingException("organization.error.archive-with-sub-units");
        }
        RecordFields before = organization.auditFields();
        organization.setArchived(archived, clock.instant(), currentUser.require().username());
        audit(archived ? AuditAction.ARCHIVE : AuditAction.RESTORE, organization, before);
        return rows(List.of(organizations.saveAndFlush(organization))).getFirst();
    }

    /** Files a change of an organisation with its fields before and as they are now; a change of nothing is not. */
    private void audit(AuditAction action, Organization organization, RecordFields before) {
        List<FieldChange> changes = before.changesTo(organization.auditFields());
        if (!changes.isEmpty() || action == AuditAction.CREATE) {
            events.publishEvent(Audited.of(action, RecordTypes.ORGANIZATION, organization.id()).withChanges(changes));
        }
    }

    private Organization load(long id, long version) {
        Organization organization = organizations.findById(id).orElseThrow(StaleRecordException::new);
        if (organization.version() != version) {
            throw new StaleRecordException(staff.displayName(organization.updatedBy()), organization.updatedAt());
        }
        return organization;
    }

    private void check(OrganizationDraft draft, @Nullable Long selfId) {
        if (draft.countryCode() != null && !countries.exists(draft.countryCode())) {
            throw new InvalidFieldException("countryCode", "error.unknown-country", draft.countryCode());
        }
        if (draft.parentId() == null) {
            return;
        }
        if (organizations.findById(draft.parentId()).isEmpty()) {
            throw new InvalidFieldException("parentId", "organization.error.unknown-parent");
        }
        if (selfId != null && (Objects.equals(draft.parentId(), selfId) || descendantsOf(selfId).contains(draft.parentId()))) {
            throw new InvalidFieldException("parentId", "organization.error.parent-cycle");
        }
    }

    private Set<Long> descendantsOf(long id) {
        Set<Long> descendants = new HashSet<>();
        List<Long> frontier = List.of(id);
        while (!frontier.isEmpty()) {
            List<Long> next = new ArrayList<>();
            for (Long parent : frontier) {
                for (Long child : organizations.childIds(parent)) {
                    if (descendants.add(child)) {
                        next.add(child);
                    }
                }
            }
            frontier = next;
        }
        return descendants;
    }

    private Page<OrganizationRow> rows(Page<Organization> page) {
        return new PageImpl<>(rows(page.getContent()), page.getPageable(), page.getTotalElements());
    }

    private List<OrganizationRow> rows(Collection<Organization> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(Organization::id).toList();
        Map<Long, Long> subUnits = new HashMap<>();
        for (Object[] count : organizations.countSubUnits(ids)) {
            subUnits.put((Long) count[0], (Long) count[1]);
        }
        Set<Long> parentIds = new HashSet<>();
        page.forEach(organization -> {
            if (organization.parentId() != null) {
                parentIds.add(organization.parentId());
            }
        });
        Map<Long, String> parentNames = new HashMap<>();
        organizations.findAllById(parentIds).forEach(parent -> parentNames.put(parent.id(), parent.displayName()));
        return page.stream().map(organization -> new OrganizationRow(organization.id(), organization.name(),
                organization.acronym(), organization.kind(), organization.countryCode(), organization.parentId(),
                organization.parentId() == null ? null : parentNames.get(organization.parentId()),
                organization.website(), organization.notes(), organization.archived(),
                subUnits.getOrDefault(organization.id(), 0L), organization.updatedAt(), organization.updatedBy(),
                organization.version())).toList();
    }
}
