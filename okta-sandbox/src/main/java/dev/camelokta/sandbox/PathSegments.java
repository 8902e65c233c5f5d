package dev.camelokta.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a raw path into segments and percent-decodes each one once. Splitting first keeps an encoded
 * slash ({@code %2F}) inside its segment, and {@code +} stays a plus, as paths have it.
 */
final class PathSegments {

    private PathSegments() {
    }

    /** @throws IllegalArgumentException for a malformed percent-escape */
    static List<String> decode(String rawPath) {
        List<String> segments = new ArrayList<>();
        String[] parts = rawPath.split("/");
        for (int i = 1; i < parts.length; i++) {
            segments.add(percentDecode(parts[i]));
        }
        return segments;
    }

    private static String percentDecode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                int high = i + 2 < segment.length() ? Character.digit(segment.charAt(i + 1), 16) : -1;
                int low = i + 2 < segment.length() ? Character.digit(segment.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("Malformed percent-escape in " + segment);
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
