package org.interlocutor.contact;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** Spring Data's fragment implementation of {@link ContactIdQueries}. */
class ContactIdQueriesImpl implements ContactIdQueries {

    private final EntityManager entityManager;

    ContactIdQueriesImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Long> findIds(Specification<Contact> specification) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Contact> root = query.from(Contact.class);
        query.select(root.get("id")).where(specification.toPredicate(root, query, cb)).orderBy(cb.asc(root.get("id")));
        return entityManager.createQuery(query).getResultList();
    }

    @Override
    public List<Long> findIds(Specification<Contact> specification, org.springframework.data.domain.Sort sort) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Contact> root = query.from(Contact.class);
        query.select(root.get("id")).where(specification.toPredicate(root, query, cb))
                .orderBy(org.springframework.data.jpa.repository.query.QueryUtils.toOrders(sort, root, cb));
        return entityManager.createQuery(query).getResultList();
    }

    @Override
    public List<Object[]> findExportValues(Specification<Contact> specification) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Contact> root = query.from(Contact.class);
        query.multiselect(EXPORT_ATTRIBUTES.stream().<jakarta.persistence.criteria.Selection<?>>map(root::get)
                        .toList())
                .where(specification.toPredicate(root, query, cb));
        return entityManager.createQuery(query).getResultList();
    }

    @Override
    public List<Object[]> findNames(Specification<Contact> specification) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Contact> root = query.from(Contact.class);
        query.multiselect(root.get("id"), root.get("honorific"), root.get("givenName"), root.get("familyName"))
                .where(specification.toPredicate(root, query, cb));
        return entityManager.createQuery(query).getResultList();
    }

    @Override
    public int addTag(Collection<Long> contactIds, long tagId) {
        return entityManager.createNativeQuery("""
                        insert into contact_tag (contact_id, tag_id)
                        select c.id, :tagId from contact c
                        where c.id in (:ids)
                          and not exists (select 1 from contact_tag t where t.contact_id = c.id and t.tag_id = :tagId)
                        """)
                .setParameter("tagId", tagId).setParameter("ids", contactIds).executeUpdate();
    }

    @Override
    public int removeTag(Collection<Long> contactIds, long tagId) {
        return entityManager.createNativeQuery("delete from contact_tag where tag_id = :tagId and contact_id in (:ids)")
                .setParameter("tagId", tagId).setParameter("ids", contactIds).executeUpdate();
    }
}
