package org.claimwatch.feeds.parse;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Reference resolution as RFC 3986 section 5.2 defines it, where {@link URI#resolve} (RFC 2396) differs: a
 * query-only reference keeps the base path, an empty one is the base, dot-segments above the root are dropped. Pure.
 */
final class UriRefs {

    private UriRefs() {
    }

    /** {@code ref} resolved against {@code base} (may be null), or null when it cannot be made absolute. */
    static String resolve(String base, String ref) {
        try {
            URI r = new URI(ref);
            if (r.isAbsolute()) {
                return r.toString();
            }
            if (base == null) {
                return null;
            }
            URI b = new URI(base.strip());
            if (!b.isAbsolute() || b.isOpaque()) {
                return null;
            }
            if (b.getRawPath() == null || b.getRawPath().isEmpty()) {
                b = b.resolve("/");
            }
            String withoutFragment = withoutFragment(b.toString());
            if (ref.isEmpty()) {
                return withoutFragment;
            }
            if (ref.startsWith("#")) {
                return withoutFragment + ref;
            }
            if (ref.startsWith("?")) {
                int q = withoutFragment.indexOf('?');
                return (q < 0 ? withoutFragment : withoutFragment.substring(0, q)) + ref;
            }
            return dropDotsAboveRoot(b.resolve(r));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String withoutFragment(String uri) {
        int hash = uri.indexOf('#');
        return hash < 0 ? uri : uri.substring(0, hash);
    }

    private static String dropDotsAboveRoot(URI u) throws URISyntaxException {
        String path = u.getRawPath();
        if (path == null || !path.startsWith("/..")) {
            return u.toString();
        }
        while (path.startsWith("/../")) {
            path = path.substring(3);
        }
        if (path.equals("/..")) {
            path = "/";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(u.getScheme()).append("://").append(u.getRawAuthority()).append(path);
        if (u.getRawQuery() != null) {
            sb.append('?').append(u.getRawQuery());
        }
        if (u.getRawFragment() != null) {
            sb.append('#').append(u.getRawFragment());
        }
        return sb.toString();
    }
}
