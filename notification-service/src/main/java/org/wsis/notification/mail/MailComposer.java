package org.wsis.notification.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.wsis.contracts.Recipient;
import org.wsis.notification.notice.domain.Notice;
import org.wsis.notification.preference.domain.Frequency;
import org.wsis.notification.preference.domain.NotificationType;
import org.wsis.notification.preference.domain.UnsubscribeTokens;

/**
 * Puts notices into words: the texts come from the message bundles {@code mail/messages_<lang>} in the
 * recipient's language (English when it has none of the six), and one template per format lays them
 * out, {@code mail/html/mail.html} and {@code mail/text/mail.txt}. Arabic mail is laid out right to left.
 * Every mail ends with why it was sent, a link to the preferences and a signed unsubscribe link.
 */
@Component
public class MailComposer {

    /** One entry or nomination in a digest, with what happened to it. */
    public record DigestItem(String title, String url, List<Line> lines) {}

    /** One thing that happened, and the moderator's words if any. */
    public record Line(String text, @Nullable String quote) {}

    /** A digest's section: one notification type. */
    public record DigestGroup(String heading, List<DigestItem> items) {}

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private final MessageSource messages;
    private final SpringTemplateEngine templates;
    private final UnsubscribeTokens unsubscribeTokens;
    private final Clock clock;
    private final String portalUrl;

    public MailComposer(
            @org.springframework.beans.factory.annotation.Qualifier("mailMessages") MessageSource messages,
            @org.springframework.beans.factory.annotation.Qualifier("mailTemplates") SpringTemplateEngine templates,
            UnsubscribeTokens unsubscribeTokens,
            Clock clock,
            PortalSettings portal) {
        this.messages = messages;
        this.templates = templates;
        this.unsubscribeTokens = unsubscribeTokens;
        this.clock = clock;
        this.portalUrl = portal.url();
    }

    /** The mail telling one person about one event. */
    public RenderedMail notice(Recipient to, Notice notice) {
        Locale locale = MailLocales.of(to.locale());
        Map<String, String> args = notice.args();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(text(notice.key() + ".body", args, locale));
        List<String> after =
                notice.extraKeys().stream().map(k -> text(k, args, locale)).toList();
        Context model = base(to, notice.type(), locale, text(notice.key() + ".subject", args, locale));
        model.setVariable("paragraphs", paragraphs);
        model.setVariable("quote", notice.quote());
        model.setVariable("after", after);
        model.setVariable("actionLabel", text(actionKey(notice), args, locale));
        model.setVariable("actionUrl", portalUrl + notice.path());
        return render(model);
    }

    /**
     * A digest: everything of {@code notices} grouped by type, then by entry or nomination, each with
     * its lines in the order they happened.
     */
    public RenderedMail digest(Recipient to, Frequency frequency, List<Notice> notices) {
        Locale locale = MailLocales.of(to.locale());
        Map<NotificationType, Map<String, List<Notice>>> grouped = new java.util.TreeMap<>();
        for (Notice notice : notices) {
            grouped.computeIfAbsent(notice.type(), t -> new LinkedHashMap<>())
                    .computeIfAbsent(notice.subjectId(), s -> new ArrayList<>())
                    .add(notice);
        }
        List<DigestGroup> groups = new ArrayList<>();
        grouped.forEach((type, bySubject) -> {
            List<DigestItem> items = new ArrayList<>();
            bySubject.forEach((subjectId, about) -> {
                Notice first = about.getFirst();
                List<Line> lines = about.stream()
                        .map(n -> new Line(text(n.key() + ".subject", n.args(), locale), n.quote()))
                        .toList();
                String title =
                        first.subjectTitle().isBlank() ? first.args().getOrDefault("title", "") : first.subjectTitle();
                items.add(new DigestItem(title, portalUrl + first.path(), lines));
            });
            groups.add(new DigestGroup(text("type." + type.name(), Map.of(), locale), items));
        });
        NotificationType only =
                grouped.size() == 1 ? grouped.keySet().iterator().next() : null;
        Context model = base(
                to,
                only,
                locale,
                text(
                        "digest." + frequency.name() + ".subject",
                        Map.of("count", String.valueOf(notices.size())),
                        locale));
        model.setVariable("paragraphs", List.of(text("digest.intro", Map.of(), locale)));
        model.setVariable("groups", groups);
        return render(model);
    }

    /**
     * An announcement the WSIS team wrote (or a post of the newsroom, {@code type} {@code NEWS}), in the variant
     * for the recipient's language; with {@code path}, a button to read it on the portal in that language.
     */
    public RenderedMail announcement(
            Recipient to, NotificationType type, String subject, String body, @Nullable String path) {
        Locale locale = MailLocales.of(to.locale());
        Context model = base(to, type, locale, subject);
        model.setVariable("paragraphs", List.of(body.split("\\R\\R")));
        if (path != null) {
            model.setVariable("actionLabel", text("news.read", Map.of(), locale));
            model.setVariable("actionUrl", portalUrl + path + "?lang=" + locale.getLanguage());
        }
        return render(model);
    }

    /** A text of the unsubscribe page or the mail, in {@code locale}. */
    public String text(String key, Map<String, String> args, Locale locale) {
        String pattern = messages.getMessage(key, null, key, locale);
        Matcher matcher = PLACEHOLDER.matcher(pattern == null ? key : pattern);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = args.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The address of the unsubscribe page (GET) and of the one-click unsubscribe (POST). */
    public String unsubscribeUrl(String userId, @Nullable NotificationType type, Locale locale) {
        String token = unsubscribeTokens.issue(userId, type, clock.instant());
        return portalUrl + "/api/notifications/unsubscribe?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                + "&lang=" + locale.getLanguage();
    }

    private Context base(Recipient to, @Nullable NotificationType type, Locale locale, String subject) {
        Context model = new Context(locale);
        String unsubscribe = unsubscribeUrl(to.userId(), type, locale);
        model.setVariable("lang", locale.getLanguage());
        model.setVariable("dir", MailLocales.rightToLeft(locale) ? "rtl" : "ltr");
        model.setVariable("subject", subject);
        model.setVariable("greeting", text("mail.greeting", Map.of("name", to.displayName()), locale));
        model.setVariable("signature", text("mail.signature", Map.of(), locale));
        model.setVariable(
                "reason", text("mail.footer.reason." + (type == null ? "ALL" : type.name()), Map.of(), locale));
        model.setVariable("preferencesLabel", text("mail.footer.preferences", Map.of(), locale));
        model.setVariable("preferencesUrl", portalUrl + "/account/notifications");
        model.setVariable("unsubscribeLabel", text("mail.footer.unsubscribe", Map.of(), locale));
        model.setVariable("unsubscribeUrl", unsubscribe);
        model.setVariable("paragraphs", List.of());
        model.setVariable("after", List.of());
        model.setVariable("quote", null);
        model.setVariable("actionLabel", null);
        model.setVariable("actionUrl", null);
        model.setVariable("groups", List.of());
        return model;
    }

    private RenderedMail render(Context model) {
        String subject = (String) model.getVariable("subject");
        return new RenderedMail(
                subject,
                templates.process("text/mail", model),
                templates.process("html/mail", model),
                (String) model.getVariable("lang"),
                (String) model.getVariable("unsubscribeUrl"));
    }

    private static String actionKey(Notice notice) {
        String key = notice.key();
        if (key.startsWith("entry.")) {
            return "action.entry";
        }
        if (key.startsWith("queue.")) {
            return "action.queue";
        }
        if (key.startsWith("nomination.")) {
            return "action.nomination";
        }
        if (key.startsWith("convening.") || key.startsWith("similar.")) {
            return "action.convening";
        }
        if (key.startsWith("contact.")) {
            return "action.contacts";
        }
        if (key.startsWith("calendar.")) {
            return "action.event";
        }
        return key.equals("prize.voting-open") ? "action.nominees" : "action.results";
    }

    /** The message bundles and the template engine of mail, apart from anything a web page would use. */
    @Configuration(proxyBeanMethods = false)
    static class Setup {

        @Bean
        MessageSource mailMessages() {
            ResourceBundleMessageSource source = new ResourceBundleMessageSource();
            source.setBasename("mail/messages");
            source.setDefaultEncoding("UTF-8");
            source.setFallbackToSystemLocale(false);
            return source;
        }

        @Bean
        SpringTemplateEngine mailTemplates() {
            SpringTemplateEngine engine = new SpringTemplateEngine();
            engine.addTemplateResolver(resolver(TemplateMode.HTML, "html/*", ".html", 1));
            engine.addTemplateResolver(resolver(TemplateMode.TEXT, "text/*", ".txt", 2));
            return engine;
        }

        private static ClassLoaderTemplateResolver resolver(
                TemplateMode mode, String pattern, String suffix, int order) {
            ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
            resolver.setPrefix("mail/");
            resolver.setSuffix(suffix);
            resolver.setTemplateMode(mode);
            resolver.setCharacterEncoding("UTF-8");
            resolver.setResolvablePatterns(java.util.Set.of(pattern));
            resolver.setCheckExistence(true);
            resolver.setOrder(order);
            resolver.setCacheable(true);
            return resolver;
        }
    }
}
