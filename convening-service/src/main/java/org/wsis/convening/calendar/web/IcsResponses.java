package org.wsis.convening.calendar.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** iCalendar answers of the calendar and of the programmes. */
public final class IcsResponses {

    private IcsResponses() {}

    /**
     * An iCalendar answer, whatever the request accepts (a calendar client's {@code Accept} varies); clients
     * polling a feed may keep it a quarter of an hour.
     */
    public static ResponseEntity<byte[]> ics(String filename, String body, boolean attachment) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ContentDisposition disposition = (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(filename)
                .build();
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .contentLength(bytes.length)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(15)).cachePublic())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(bytes);
    }
}
