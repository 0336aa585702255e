package org.interlocutor.organization.ui;

import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import java.util.stream.Stream;
import org.interlocutor.organization.OrganizationFilter;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The tree below one organisation, read a page of one level at a time: nothing is loaded until a node is opened.
 * Child counts come with each row (its number of active sub-units), so opening a node costs one query.
 */
class SubUnitsDataProvider extends AbstractBackEndHierarchicalDataProvider<OrganizationRow, Void> {

    private final transient OrganizationService organizations;
    private final OrganizationRow root;

    SubUnitsDataProvider(OrganizationService organizations, OrganizationRow root) {
        this.organizations = organizations;
        this.root = root;
    }

    @Override
    public int getChildCount(HierarchicalQuery<OrganizationRow, Void> query) {
        OrganizationRow parent = query.getParent();
        return (int) Math.min(Integer.MAX_VALUE, (parent == null ? root : parent).subUnitCount());
    }

    @Override
    public boolean hasChildren(OrganizationRow item) {
        return item.subUnitCount() > 0;
    }

    @Override
    protected Stream<OrganizationRow> fetchChildrenFromBackEnd(HierarchicalQuery<OrganizationRow, Void> query) {
        OrganizationRow parent = query.getParent();
        long parentId = (parent == null ? root : parent).id();
        int offset = query.getOffset();
        int limit = query.getLimit();
        if (limit <= 0) {
            return Stream.empty();
        }
        // The tree asks for any range, a page request for whole pages: read the smallest page that covers it.
        int size = limit;
        while (offset / size != (offset + limit - 1) / size) {
            size++;
        }
        int skip = offset - (offset / size) * size;
        return organizations.list(OrganizationFilter.subUnitsOf(parentId),
                        PageRequest.of(offset / size, size, Sort.by("sortName", "id"))).stream()
                .skip(skip).limit(limit);
    }

    /** Rows are records whose counts and versions change: the tree keeps its expanded nodes by id. */
    @Override
    public Object getId(OrganizationRow item) {
        return item.id();
    }
}
