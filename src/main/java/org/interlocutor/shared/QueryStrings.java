package org.interlocutor.shared;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A list's filter as its address writes it ({@code q=budget&kind=MEETING}), read back into names and values. */
public final class QueryStrings {

    private QueryStrings() {
    }

    /** Each parameter's value, decoded; a parameter given twice keeps its last value, one without "=" is left out. */
    public static Map<String, String> parse(String queryString) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : queryString.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }
}
