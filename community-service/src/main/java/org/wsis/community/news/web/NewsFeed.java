package org.wsis.community.news.web;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.wsis.community.news.PortalSettings;
import org.wsis.community.news.domain.NewsPost;

/**
 * The Atom feed (RFC 4287) of the news in one language, written by Rome: the newest posts written in that
 * language, each with its summary, its body as HTML and a link to its page on the portal.
 */
@Component
class NewsFeed {

    /** The feed's title in its language. */
    private static final Map<String, String> TITLES = Map.of(
            "ar", "أخبار القمة العالمية لمجتمع المعلومات",
            "en", "WSIS news",
            "es", "Noticias de la CMSI",
            "fr", "Actualités du SMSI",
            "ru", "Новости ВВУИО",
            "zh", "信息社会世界峰会新闻");

    private final String portal;

    NewsFeed(PortalSettings portal) {
        this.portal = portal.url().toString().replaceAll("/+$", "");
    }

    String atom(String language, List<NewsPost> posts) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setLanguage(language);
        feed.setTitle(TITLES.get(language));
        feed.setUri(portal + "/news?lang=" + language);
        feed.setLinks(List.of(
                link("alternate", "text/html", portal + "/news?lang=" + language),
                link("self", "application/atom+xml", portal + "/api/community/news/feeds/" + language)));
        feed.setAuthors(List.of(wsis()));
        feed.setPublishedDate(Date.from(
                posts.isEmpty()
                        ? java.time.Instant.EPOCH
                        : posts.stream()
                                .map(p -> p.state().updatedAt())
                                .max(java.util.Comparator.naturalOrder())
                                .orElseThrow()));
        List<SyndEntry> entries = new ArrayList<>();
        for (NewsPost post : posts) {
            NewsPost.State s = post.state();
            NewsPost.Translation t = s.translations().get(language);
            SyndEntry entry = new SyndEntryImpl();
            entry.setUri("urn:uuid:" + s.id());
            entry.setTitle(t.title());
            entry.setLink(portal + "/news/" + s.id() + "?lang=" + language);
            entry.setPublishedDate(Date.from(java.util.Objects.requireNonNull(s.publishedAt())));
            entry.setUpdatedDate(Date.from(s.updatedAt()));
            entry.setDescription(content("text", t.summary()));
            entry.setContents(List.of(content("html", t.html())));
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException failed) {
            throw new IllegalStateException("The news feed in " + language + " could not be written", failed);
        }
    }

    private static SyndLink link(String rel, String type, String href) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static SyndPerson wsis() {
        SyndPerson person = new SyndPersonImpl();
        person.setName("WSIS");
        return person;
    }

    private static SyndContent content(String type, String value) {
        SyndContent content = new SyndContentImpl();
        content.setType(type);
        content.setValue(value);
        return content;
    }
}
