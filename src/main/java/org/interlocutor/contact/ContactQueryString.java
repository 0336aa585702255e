package org.interlocutor.contact;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.interlocutor.country.RegionalGroup;
import org.interlocutor.shared.QueryStrings;
import org.interlocutor.shared.Sensitivity;
import org.jspecify.annotations.Nullable;

/**
 * A contacts list's filter and chosen columns as a query string ({@code q=ambassador&group=AFRICAN&cols=name,email}):
 * what the address bar shows, so that a list can be bookmarked and shared, and what a saved view keeps. Values
 * that do not parse are left out rather than failing: an old bookmark still opens.
 */
public final class ContactQueryString {

    private ContactQueryString() {
    }

    /** What a query string describes: the filter, and the columns (empty: the default columns). */
    public record View(ContactFilter filter, List<String> columns) {
    }

    public static String format(ContactFilter filter, List<String> columns) {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "q", filter.text().isBlank() ? null : filter.text().strip());
        put(parameters, "cat", filter.categories().isEmpty() ? null : filter.categories().stream().map(Enum::name)
                .sorted().collect(Collectors.joining(",")));
        put(parameters, "country", filter.countryCode());
        put(parameters, "group", filter.regionalGroup() == null ? null : filter.regionalGroup().name());
        put(parameters, "tag", filter.tagId() == null ? null : filter.tagId().toString());
        put(parameters, "owner", filter.ownerId() == null ? null : filter.ownerId().toString());
        put(parameters, "sens", filter.sensitivity() == null ? null : filter.sensitivity().name());
        put(parameters, "from", filter.engagedFrom() == null ? null : filter.engagedFrom().toString());
        put(parameters, "to", filter.engagedTo() == null ? null : filter.engagedTo().toString());
        put(parameters, "archived", filter.archiveState() == ArchiveState.ACTIVE ? null
                : filter.archiveState().name().toLowerCase(Locale.ROOT));
        put(parameters, "cols", columns.isEmpty() ? null : String.join(",", columns));
        return parameters.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public static View parse(String queryString) {
        return parse(QueryStrings.parse(queryString));
    }

    public static View parse(Map<String, String> parameters) {
        Set<StakeholderCategory> categories = EnumSet.noneOf(StakeholderCategory.class);
        Arrays.stream(parameters.getOrDefault("cat", "").split(","))
                .map(name -> parseEnum(StakeholderCategory.class, name)).flatMap(Optional::stream)
                .forEach(categories::add);
        ContactFilter filter = new ContactFilter(
                parameters.getOrDefault("q", ""),
                categories,
                Optional.ofNullable(parameters.get("country")).filter(code -> code.matches("[A-Za-z]{2}"))
                        .map(code -> code.toUpperCase(Locale.ROOT)).orElse(null),
                parseEnum(RegionalGroup.class, parameters.get("group")).orElse(null),
                parseLong(parameters.get("tag")),
                parseLong(parameters.get("owner")),
                parseEnum(Sensitivity.class, parameters.get("sens")).orElse(null),
                parseDate(parameters.get("from")),
                parseDate(parameters.get("to")),
                parseEnum(ArchiveState.class, parameters.get("archived")).orElse(ArchiveState.ACTIVE),
                null);
        List<String> columns = new ArrayList<>();
        for (String column : parameters.getOrDefault("cols", "").split(",")) {
            if (column.matches("[a-z-]{1,30}")) {
                columns.add(column);
            }
        }
        return new View(filter, List.copyOf(columns));
    }

    private static void put(Map<String, String> parameters, String name, @Nullable String value) {
        if (value != null && !value.isEmpty()) {
            parameters.put(name, value);
        }
    }

    private static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, @Nullable String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Function<String, E> valueOf = text -> Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        try {
            return Optional.of(valueOf.apply(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static @Nullable Long parseLong(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static @Nullable LocalDate parseDate(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
