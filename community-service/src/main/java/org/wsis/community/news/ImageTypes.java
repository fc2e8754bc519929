package org.wsis.community.news;

import java.util.Set;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;
import org.wsis.servicekit.problem.Refusal;

/**
 * What an uploaded image really is, read from its bytes by Apache Tika and never from its name or the type its
 * sender claims: a PNG, JPEG, WebP or GIF picture, or nothing the newsroom shows (an SVG, which can carry
 * scripts, is refused like an HTML page or a program renamed {@code .png}).
 */
@Component
public class ImageTypes {

    static final Set<String> SHOWN = Set.of("image/png", "image/jpeg", "image/webp", "image/gif");

    private final Tika tika = new Tika();

    /** The image's type, or a 400 naming what it is instead. */
    public String of(byte[] bytes) {
        String detected = tika.detect(bytes);
        if (!SHOWN.contains(detected)) {
            throw Refusal.invalid(
                    "not-an-image", "This file is " + detected + ", not a PNG, JPEG, WebP or GIF picture.");
        }
        return detected;
    }
}
