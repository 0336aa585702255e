package org.interlocutor.contact;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.Set;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.interlocutor.shared.SearchPatterns;
import org.jspecify.annotations.Nullable;

/**
 * How the copies kept on a contact row for fast lists are made, shared by the entity and by the bulk writer so
 * that a contact reads the same however it was written.
 */
final class ContactCopies {

    static final int SORT_NAME_LENGTH = 220;
    static final int SEARCH_TEXT_LENGTH = 1000;
    static final int TOKEN_LENGTH = 50;
    private static final String LIST_SEPARATOR = "; ";

    private ContactCopies() {
    }

    static String sortName(String familyName, String givenName) {
        return truncate(SearchPatterns.fold(familyName + " " + givenName), SORT_NAME_LENGTH);
    }

    /** Names, position, current organisations and email addresses, folded: what the list's free text finds. */
    static String searchText(@Nullable String honorific, String givenName, String familyName,
                             @Nullable String jobTitle, Collection<String> organizationNames,
                             Collection<String> emails) {
        String text = Stream.of(Stream.of(honorific, givenName, familyName, jobTitle), organizationNames.stream(),
                        emails.stream())
                .flatMap(values -> values)
                .filter(Objects::nonNull)
                .filter(value -> !value.isBlank())
                .collect(Collectors.joining(" "));
        return truncate(SearchPatterns.fold(text), SEARCH_TEXT_LENGTH);
    }

    /** The words of a folded search text, each cut to the token column's width, for word-start search. */
    static Set<String> tokens(String searchText) {
        return SearchPatterns.words(searchText, TOKEN_LENGTH);
    }

    /** What a person typed, as the token prefixes to look for: "Amina Dia" finds tokens starting "amina" and "dia". */
    static List<String> typedWords(String typed) {
        return tokens(SearchPatterns.fold(typed)).stream().toList();
    }

    /**
     * Emails or phones as the list copy keeps them: the main ones first, then in their order, joined with "; ";
     * null when there is none. An address or a phone number cannot contain "; " (see EmailEntry, PhoneEntry).
     */
    static <T> @Nullable String pointList(List<T> points, Predicate<T> primary, Function<T, String> value) {
        return joined(Stream.concat(points.stream().filter(primary), points.stream().filter(primary.negate()))
                .map(value).map(String::strip));
    }

    /** Language codes as the list copy keeps them: in alphabetical order, joined with "; "; null when none. */
    static @Nullable String languageList(Collection<String> codes) {
        return joined(codes.stream().sorted());
    }

    /** The values of a list copy, in its order. */
    static List<String> split(@Nullable String list) {
        return list == null || list.isEmpty() ? List.of() : List.of(list.split(LIST_SEPARATOR));
    }

    private static @Nullable String joined(Stream<String> values) {
        String joined = values.collect(Collectors.joining(LIST_SEPARATOR));
        return joined.isEmpty() ? null : joined;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
