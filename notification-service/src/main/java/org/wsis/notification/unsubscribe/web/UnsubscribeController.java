package org.wsis.notification.unsubscribe.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.wsis.notification.mail.MailComposer;
import org.wsis.notification.mail.MailLocales;
import org.wsis.notification.preference.Recipients;
import org.wsis.notification.preference.domain.NotificationType;
import org.wsis.notification.preference.domain.UnsubscribeTokens;
import org.wsis.servicekit.problem.Problems;

/**
 * Unsubscribing from a mail without logging in. The link in the mail opens a page that asks to confirm
 * (GET changes nothing, because mail scanners open links); the page's button, and mail clients'
 * one-click unsubscribe (RFC 8058: a POST of {@code List-Unsubscribe=One-Click} to the
 * {@code List-Unsubscribe} address), switch the type off.
 */
@RestController
@RequestMapping("/api/notifications/unsubscribe")
public class UnsubscribeController {

    private final UnsubscribeTokens tokens;
    private final Recipients recipients;
    private final MailComposer texts;
    private final SpringTemplateEngine templates;
    private final Clock clock;

    public UnsubscribeController(
            UnsubscribeTokens tokens,
            Recipients recipients,
            MailComposer texts,
            @Qualifier("mailTemplates") SpringTemplateEngine templates,
            Clock clock) {
        this.tokens = tokens;
        this.recipients = recipients;
        this.texts = texts;
        this.templates = templates;
        this.clock = clock;
    }

    /**
     * The page the mail's link opens, asking to confirm; a client that asks for JSON (and not for a page)
     * gets what would be switched off, and a refusal as problem details.
     */
    @GetMapping
    public ResponseEntity<?> confirm(
            @RequestParam String token,
            @RequestParam(required = false) @Nullable String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
        Locale locale = MailLocales.of(lang);
        boolean json = wantsJson(accept);
        return withValid(
                token,
                locale,
                json,
                unsubscribe -> json
                        ? ResponseEntity.ok(Map.of("type", typeName(unsubscribe.type()), "unsubscribed", false))
                        : page(HttpStatus.OK, locale, question(unsubscribe.type(), locale), token, true));
    }

    @PostMapping
    public ResponseEntity<?> unsubscribe(
            @RequestParam String token,
            @RequestParam(required = false) @Nullable String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
        Locale locale = MailLocales.of(lang);
        boolean json = wantsJson(accept);
        return withValid(token, locale, json, unsubscribe -> {
            recipients.save(
                    unsubscribe.userId(),
                    recipients.preferencesOf(unsubscribe.userId()).without(unsubscribe.type()));
            return json
                    ? ResponseEntity.ok(Map.of("type", typeName(unsubscribe.type()), "unsubscribed", true))
                    : page(HttpStatus.OK, locale, texts.text("unsubscribe.done", Map.of(), locale), token, false);
        });
    }

    /**
     * A page for browsers and for mail clients' one-click requests (which ask for anything); JSON for a
     * client that names JSON and not HTML.
     */
    static boolean wantsJson(@Nullable String accept) {
        if (accept == null) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
        boolean json = types.stream()
                .anyMatch(t -> t.isCompatibleWith(MediaType.APPLICATION_JSON) && !t.isWildcardType()
                        || t.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON) && !t.isWildcardType());
        boolean html = types.stream().anyMatch(t -> MediaType.TEXT_HTML.equalsTypeAndSubtype(t));
        return json && !html;
    }

    private static String typeName(@Nullable NotificationType type) {
        return type == null ? "ALL" : type.name();
    }

    /** Answers with {@code then} for a valid token, with a page or a problem saying what is wrong otherwise. */
    private ResponseEntity<?> withValid(
            String token,
            Locale locale,
            boolean json,
            java.util.function.Function<UnsubscribeTokens.Unsubscribe, ResponseEntity<?>> then) {
        UnsubscribeTokens.Unsubscribe unsubscribe;
        try {
            unsubscribe = tokens.verify(token, clock.instant());
        } catch (UnsubscribeTokens.InvalidToken e) {
            return json ? problem(e, locale) : refused(e, locale);
        }
        return then.apply(unsubscribe);
    }

    private ResponseEntity<ProblemDetail> problem(UnsubscribeTokens.InvalidToken e, Locale locale) {
        HttpStatus status = e.expired() ? HttpStatus.GONE : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(
                        status,
                        e.expired() ? "expired-link" : "invalid-link",
                        texts.text(e.expired() ? "unsubscribe.expired" : "unsubscribe.invalid", Map.of(), locale)));
    }

    private ResponseEntity<String> refused(UnsubscribeTokens.InvalidToken e, Locale locale) {
        String key = e.expired() ? "unsubscribe.expired" : "unsubscribe.invalid";
        return page(
                e.expired() ? HttpStatus.GONE : HttpStatus.BAD_REQUEST,
                locale,
                texts.text(key, Map.of(), locale),
                "",
                false);
    }

    private String question(@Nullable NotificationType type, Locale locale) {
        return texts.text("unsubscribe.question." + (type == null ? "ALL" : type.name()), Map.of(), locale);
    }

    private ResponseEntity<String> page(HttpStatus status, Locale locale, String message, String token, boolean ask) {
        Context model = new Context(locale);
        model.setVariable("lang", locale.getLanguage());
        model.setVariable("dir", MailLocales.rightToLeft(locale) ? "rtl" : "ltr");
        model.setVariable("title", texts.text("unsubscribe.title", Map.of(), locale));
        model.setVariable("message", message);
        model.setVariable("ask", ask);
        model.setVariable(
                "action",
                "?token=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8) + "&lang="
                        + locale.getLanguage());
        model.setVariable("button", texts.text("unsubscribe.button", Map.of(), locale));
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")
                .header("Cache-Control", "no-store")
                .body(templates.process("html/unsubscribe", model));
    }
}
