package org.interlocutor.contact;

import java.time.Clock;
import java.util.List;
import org.interlocutor.security.CurrentUser;
import org.interlocutor.shared.InvalidFieldException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's saved contacts views. A view keeps a filter, not results: reopening it runs the filter again under
 * the need-to-know rule of whoever opens it.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class SavedViewService {

    /** A person keeps a handful of views; the limit keeps the menu usable. */
    static final int MAX_VIEWS = 50;

    private final SavedViewRepository views;
    private final CurrentUser currentUser;
    private final Clock clock;

    SavedViewService(SavedViewRepository views, CurrentUser currentUser, Clock clock) {
        this.views = views;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SavedContactView> myContactViews() {
        return views.findByUserIdAndListNameOrderByName(currentUser.require().id(), SavedView.CONTACTS).stream()
                .map(view -> new SavedContactView(view.id(), view.name(), view.filterQuery())).toList();
    }

    /** Saves the view under the name, replacing the person's earlier view of that name. */
    public SavedContactView saveContactView(String name, String queryString) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidFieldException("name", "saved-view.error.name-required");
        }
        if (trimmed.length() > 100) {
            throw new InvalidFieldException("name", "error.too-long", 100);
        }
        if (queryString.length() > 2000) {
            throw new InvalidFieldException("name", "saved-view.error.too-complex");
        }
        long me = currentUser.require().id();
        SavedView view = views.findByUserIdAndListNameAndName(me, SavedView.CONTACTS, trimmed)
                .map(existing -> {
                    existing.replace(queryString, clock.instant());
                    return existing;
                })
                .orElseGet(() -> {
                    if (views.findByUserIdAndListNameOrderByName(me, SavedView.CONTACTS).size() >= MAX_VIEWS) {
                        throw new InvalidFieldException("name", "saved-view.error.too-many", MAX_VIEWS);
                    }
                    return views.save(new SavedView(me, SavedView.CONTACTS, trimmed, queryString, clock.instant()));
                });
        return new SavedContactView(view.id(), view.name(), view.filterQuery());
    }

    public void delete(long id) {
        views.findByIdAndUserId(id, currentUser.require().id()).ifPresent(views::delete);
    }
}
