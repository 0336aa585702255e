package org.interlocutor.organization.ui;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Website addresses as people type them (www.icc-cpi.int, without a scheme) and as pages link to them. Only http
 * and https become links, so that a stored "javascript:" address can never run in a colleague's browser.
 */
final class Websites {

    private Websites() {
    }

    /** Adds https:// when the person typed an address without a scheme. */
    static String normalize(String typed) {
        String address = typed.strip();
        return address.isEmpty() || address.contains("://") ? address : "https://" + address;
    }

    /** The address as a link target, or null when it is not a plain web address. */
    static @Nullable String href(@Nullable String address) {
        if (address == null || address.isBlank() || address.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null && uri.getHost().contains(".") ? uri.toString() : null;
        } catch (URISyntaxException notAnAddress) {
            return null;
        }
    }

    /** The address without its scheme, as pages show it: www.icc-cpi.int. */
    static String label(String address) {
        String shown = address.replaceFirst("(?i)^https?://", "");
        return shown.endsWith("/") ? shown.substring(0, shown.length() - 1) : shown;
    }
}
