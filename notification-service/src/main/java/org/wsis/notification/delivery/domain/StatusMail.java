package org.wsis.notification.delivery.domain;

import java.util.Optional;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.entry.EntryEvent;
import org.wsis.contracts.entry.EntryPublished;
import org.wsis.contracts.entry.EntryRejected;
import org.wsis.contracts.entry.EntryReturnedForChanges;
import org.wsis.contracts.entry.EntrySubmitted;
import org.wsis.contracts.entry.EntryWithdrawn;

/**
 * The e-mail an entry's owner receives when its status changes: who gets it, the subject and the
 * plain-text body. English for now; localised templates come with the notification preferences.
 */
public record StatusMail(Recipient to, String subject, String body) {

    /** The mail for an entry event, if that event is one the owner hears about. */
    public static Optional<StatusMail> about(EntryEvent event, String portalUrl) {
        String link = portalUrl + "/entries/" + event.entryId();
        String hello = "Dear " + event.owner().displayName() + ",\n\n";
        String signature = "\n\n-- \nWSIS Stocktaking\n";
        String title = "\u201c" + event.title() + "\u201d";
        return switch (event) {
            case EntrySubmitted e ->
                Optional.of(new StatusMail(
                        e.owner(),
                        "We received your entry " + title,
                        hello + "your entry " + title
                                + " is now waiting for a moderator. We will write again once it is reviewed.\n\n" + link
                                + signature));
            case EntryPublished e ->
                Optional.of(new StatusMail(
                        e.owner(),
                        "Your entry " + title + " is published",
                        hello + "your entry " + title
                                + " was approved and is now public in the WSIS Stocktaking database:\n\n" + link
                                + signature));
            case EntryReturnedForChanges e ->
                Optional.of(new StatusMail(
                        e.owner(),
                        "Changes requested for your entry " + title,
                        hello + "a moderator reviewed your entry " + title
                                + (e.publishedRevision() == null
                                        ? " and asks for changes before it can be published:\n\n"
                                        : " and asks for changes before your update can replace the published"
                                                + " version, which stays online meanwhile:\n\n")
                                + "    " + e.message()
                                + "\n\nEdit and submit it again here:\n" + link + signature));
            case EntryRejected e ->
                Optional.of(new StatusMail(
                        e.owner(),
                        "Your entry " + title + " was not accepted",
                        hello + "a moderator reviewed your entry " + title
                                + (e.publishedRevision() == null
                                        ? " and could not accept it:\n\n    "
                                        : " and could not accept your update; the published version stays"
                                                + " online:\n\n    ")
                                + e.message()
                                + (e.mayAppeal()
                                        ? "\n\nYou may appeal this decision once, from the entry's page:\n"
                                        : "\n\nThis decision was taken on your appeal and is final.\n")
                                + link
                                + signature));
            case EntryWithdrawn e -> Optional.empty();
        };
    }
}
